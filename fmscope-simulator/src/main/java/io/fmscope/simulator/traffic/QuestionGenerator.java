package io.fmscope.simulator.traffic;

import java.util.List;
import java.util.random.RandomGenerator;

/** Draws customer messages: intent, title (Zipf by popularity), template and volume, rendered from {@link TextBank}. */
public final class QuestionGenerator {
  private final MangaCatalog catalog;
  private final TextBank texts;
  private final Zipf popularity;

  public QuestionGenerator(MangaCatalog catalog, TextBank texts) {
    this.catalog = catalog;
    this.texts = texts;
    this.popularity = new Zipf(catalog.size(), 1.05);
  }

  public Manga drawTitle(RandomGenerator rng) {
    return catalog.get(popularity.draw(rng));
  }

  /** The message for turn {@code turn} (1-based) of {@code s}. */
  public Question next(Session s, int turn, RandomGenerator rng) {
    Intent intent = turn == 1 ? firstIntent(rng) : laterIntent(rng);
    Manga m = turn == 1 || rng.nextDouble() < 0.6 ? s.favorite() : drawTitle(rng);
    int volume = rng.nextDouble() < 0.5 ? m.volumes() : 1 + rng.nextInt(m.volumes());
    List<String> forms = texts.questions(intent, s.lang());
    int template = rng.nextInt(forms.size());
    String text = Render.fill(forms.get(template), m, s.lang(), volume);
    String key = intent.cacheable()
        ? intent.key() + "|" + s.lang().key() + "|" + m.rank() + "|" + template + "|" + volume : null;
    return new Question(intent, s.lang(), m, volume, template, text, key);
  }

  private static Intent firstIntent(RandomGenerator rng) {
    double u = rng.nextDouble();
    for (Intent i : Intent.values()) {
      u -= i.firstTurnWeight();
      if (u < 0) {
        return i;
      }
    }
    return Intent.TITLE_SEARCH;
  }

  private static Intent laterIntent(RandomGenerator rng) {
    return rng.nextDouble() < 0.35 ? Intent.FOLLOWUP : firstIntent(rng);
  }
}
