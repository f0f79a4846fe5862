package io.fmscope.simulator.traffic;

/**
 * One customer message.
 *
 * @param volume the volume asked about (1..volumes), where the intent names one
 * @param cacheKey the canonical form for the response cache, or null when the answer depends on the
 *     conversation or the customer
 */
public record Question(Intent intent, Lang lang, Manga manga, int volume, int template, String text,
    String cacheKey) {

  /** The record's {@code prompt_template_id}. */
  public String templateId() {
    return "manga-assist-" + intent.key() + "-v3";
  }
}
