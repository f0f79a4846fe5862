package io.fmscope.sdk.log;

/**
 * One pass over a text that finds which scripts it uses and which keywords it contains
 * (case-insensitively for ASCII), without allocating a lower-cased copy. Language rules (documented
 * in docs/sdk-logging.md): any hiragana or katakana means {@code ja}; Han ideographs without kana
 * (kanji-only text such as 呪術廻戦) also mean {@code ja}, because script alone cannot tell
 * Japanese kanji from Chinese and Japanese is what this store's users write; otherwise Latin
 * letters mean {@code en} (the seed's default), other letters {@code other}, and text without
 * letters {@code unknown}.
 */
final class TextScan {
  static final String JA = "ja";
  static final String EN = "en";
  static final String OTHER = "other";
  static final String UNKNOWN = "unknown";

  private final String[] keywords;
  private final long asciiFirst0;
  private final long asciiFirst1;
  private final String nonAsciiFirst;

  /** Keywords must be lower case; ASCII ones match case-insensitively, others exactly. */
  TextScan(String... keywords) {
    this.keywords = keywords.clone();
    long m0 = 0;
    long m1 = 0;
    StringBuilder other = new StringBuilder();
    for (String k : keywords) {
      char c = k.charAt(0);
      if (c < 64) {
        m0 |= 1L << c;
      } else if (c < 128) {
        m1 |= 1L << (c - 64);
      } else {
        other.append(c);
      }
    }
    asciiFirst0 = m0;
    asciiFirst1 = m1;
    nonAsciiFirst = other.toString();
  }

  /** What one scan found: the language and, per keyword, how often it occurred. */
  record Result(String language, int[] hits) {
    boolean any() {
      for (int h : hits) {
        if (h > 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** Scans the first {@code limit} chars of {@code text} (null counts as empty). */
  Result scan(String text, int limit) {
    int[] hits = new int[keywords.length];
    if (text == null) {
      return new Result(UNKNOWN, hits);
    }
    int n = Math.min(text.length(), limit);
    boolean kana = false;
    boolean han = false;
    boolean latin = false;
    boolean letter = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        char lower = (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : c;
        latin |= lower >= 'a' && lower <= 'z';
        if (lower < 64 ? (asciiFirst0 & (1L << lower)) != 0 : (asciiFirst1 & (1L << (lower - 64))) != 0) {
          match(text, i, n, hits);
        }
        continue;
      }
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
        kana = true;
      } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xD840 && c <= 0xD87F)) {
        han = true; // 0xD840-0xD87F: high surrogates of the supplementary ideograph planes
      } else if (!letter && Character.isLetter(c)) {
        letter = true;
      }
      if (nonAsciiFirst.indexOf(c) >= 0) {
        match(text, i, n, hits);
      }
    }
    String lang = kana || han ? JA : latin ? EN : letter ? OTHER : UNKNOWN;
    return new Result(lang, hits);
  }

  private void match(String text, int at, int end, int[] hits) {
    for (int k = 0; k < keywords.length; k++) {
      String kw = keywords[k];
      if (at + kw.length() <= end && text.regionMatches(true, at, kw, 0, kw.length())) {
        hits[k]++;
      }
    }
  }
}
