package io.fmscope.simulator.scenario;

import java.util.Locale;
import java.util.Optional;

/** The two Bedrock models MangaAssist uses (the seed's Claude 3 Sonnet and Haiku) and their short names. */
public final class Models {
  public static final String SONNET = "anthropic.claude-3-sonnet-20240229-v1:0";
  public static final String HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
  /** Claude 3's context window. */
  public static final int CONTEXT_WINDOW = 200_000;

  private Models() {}

  /** {@code sonnet}, {@code haiku} or a full model id of either. */
  public static Optional<String> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("sonnet") || t.equals(SONNET)) {
      return Optional.of(SONNET);
    }
    if (t.equals("haiku") || t.equals(HAIKU)) {
      return Optional.of(HAIKU);
    }
    return Optional.empty();
  }
}
