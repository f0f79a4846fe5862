package io.fmscope.simulator.traffic;

import io.fmscope.simulator.scenario.Models;
import java.util.Locale;

/**
 * What a customer's message asks for. Open-ended questions go to Claude 3 Sonnet, look-ups to Haiku;
 * FAQ-like look-ups are answered from the Redis response cache when the same question was asked recently.
 */
public enum Intent {
  TITLE_SEARCH(0.18, true, Models.SONNET),
  VOLUME(0.20, true, Models.HAIKU),
  PRICE(0.17, true, Models.HAIKU),
  AUTHOR(0.08, true, Models.HAIKU),
  RECOMMENDATION(0.25, false, Models.SONNET),
  STOCK(0.12, false, Models.HAIKU),
  /** A later turn of a conversation that refers to what came before. */
  FOLLOWUP(0.0, false, Models.HAIKU);

  private final double firstTurnWeight;
  private final boolean cacheable;
  private final String model;

  Intent(double firstTurnWeight, boolean cacheable, String model) {
    this.firstTurnWeight = firstTurnWeight;
    this.cacheable = cacheable;
    this.model = model;
  }

  public double firstTurnWeight() {
    return firstTurnWeight;
  }

  public boolean cacheable() {
    return cacheable;
  }

  /** The primary model for this intent. */
  public String model() {
    return model;
  }

  /** The key in {@code texts.yaml} and the record's {@code prompt_template_id} suffix. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
