package io.fmscope.simulator.traffic;

import java.util.List;
import java.util.random.RandomGenerator;

/** Fills the placeholders of question and answer templates from catalog data. */
public final class Render {
  private Render() {}

  static String fill(String template, Manga m, Lang l, int volume) {
    return template.replace("{title}", m.title(l)).replace("{author}", m.author(l))
        .replace("{publisher}", m.publisher()).replace("{volumes}", Integer.toString(m.volumes()))
        .replace("{volume}", Integer.toString(volume)).replace("{price}", Integer.toString(m.price()))
        .replace("{genre}", m.genre(l)).replace("{synopsis}", m.synopsis(l))
        .replace("{isbn}", m.isbn(volume == 0 ? m.volumes() : volume));
  }

  /** The assistant's answer to {@code q}: recommendations come from the same genre, else the most popular. */
  public static String answer(TextBank texts, MangaCatalog catalog, Question q, RandomGenerator rng) {
    Manga m = q.manga();
    String t = texts.answer(q.intent(), q.lang());
    if (q.intent() == Intent.RECOMMENDATION) {
      List<Manga> pool = catalog.titles().stream()
          .filter(o -> o.rank() != m.rank() && o.genreEn().equals(m.genreEn())).toList();
      List<Manga> others = catalog.titles().stream().filter(o -> o.rank() != m.rank()).toList();
      Manga r1 = pool.isEmpty() ? others.get(rng.nextInt(Math.min(6, others.size()))) : pool.get(rng.nextInt(pool.size()));
      Manga r2 = others.get(rng.nextInt(others.size()));
      if (r2.rank() == r1.rank()) {
        r2 = others.get((others.indexOf(r1) + 1) % others.size());
      }
      t = t.replace("{r1}", r1.title(q.lang())).replace("{r1_isbn}", r1.isbn(1))
          .replace("{r1_price}", Integer.toString(r1.price())).replace("{r2}", r2.title(q.lang()))
          .replace("{r2_isbn}", r2.isbn(1)).replace("{r2_price}", Integer.toString(r2.price()));
    }
    return fill(t.replace("{days}", Integer.toString(1 + rng.nextInt(3))), m, q.lang(), q.volume());
  }
}
