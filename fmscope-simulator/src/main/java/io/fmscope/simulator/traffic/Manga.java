package io.fmscope.simulator.traffic;

/**
 * One catalog title; {@code rank} is its popularity (0 = most asked about).
 *
 * @param price yen per volume, tax included
 * @param mature its themes sometimes trip a content filter
 */
public record Manga(int rank, String ja, String en, String authorJa, String authorEn, String publisher,
    int volumes, int price, String genreJa, String genreEn, boolean mature, String synopsisJa,
    String synopsisEn) {

  public String title(Lang l) {
    return l == Lang.JA ? ja : en;
  }

  public String author(Lang l) {
    return l == Lang.JA ? authorJa : authorEn;
  }

  public String genre(Lang l) {
    return l == Lang.JA ? genreJa : genreEn;
  }

  public String synopsis(Lang l) {
    return l == Lang.JA ? synopsisJa : synopsisEn;
  }

  /** A generated, check-digit-valid ISBN-13 in the 978-4 (Japan) group for one volume. */
  public String isbn(int volume) {
    String body = String.format("9784%02d%06d", 8 + rank % 2, (rank + 1) * 1_000 + volume % 1_000);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    int check = (10 - sum % 10) % 10;
    return "978-4-" + body.substring(4, 6) + "-" + body.substring(6, 12) + "-" + check;
  }
}
