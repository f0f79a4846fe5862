package io.fmscope.sdk.log;

import java.util.Arrays;

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

  /** Chars copied out of the text at a time. */
  private static final int CHUNK = 256;

  private final String[] keywords;
  /** For each ASCII char (either case), the keywords starting with it; null for none. */
  private final int[][] asciiCandidates = new int[128][];
  /** Low six bits of every non-ASCII first char: a one-instruction filter per char. */
  private final long nonAsciiMask;
  private final char[] nonAsciiFirst;
  private final int[] nonAsciiKeyword;

  /** Keywords must be lower case; ASCII ones match case-insensitively, others exactly. */
  TextScan(String... keywords) {
    this.keywords = keywords.clone();
    long mask = 0;
    int others = 0;
    for (String k : keywords) {
      if (k.charAt(0) >= 128) {
        others++;
      }
    }
    nonAsciiFirst = new char[others];
    nonAsciiKeyword = new int[others];
    int o = 0;
    for (int i = 0; i < keywords.length; i++) {
      char c = keywords[i].charAt(0);
      if (c < 128) {
        add(c, i);
        if (c >= 'a' && c <= 'z') {
          add((char) (c - 32), i);
        }
      } else {
        mask |= 1L << (c & 63);
        nonAsciiFirst[o] = c;
        nonAsciiKeyword[o++] = i;
      }
    }
    nonAsciiMask = mask;
  }

  private void add(char c, int keyword) {
    int[] old = asciiCandidates[c];
    int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
    now[now.length - 1] = keyword;
    asciiCandidates[c] = now;
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

  /** Scans the first {@code limit} chars of {@code text} (null counts as empty), counting hits. */
  Result scan(String text, int limit) {
    return scan(text, limit, false);
  }

  /**
   * With {@code stopWhenDecided}, stops as soon as the text is known to be Japanese and some
   * keyword was found: the language and {@link Result#any()} are then final, counts are not.
   */
  Result scan(String text, int limit, boolean stopWhenDecided) {
    int[] hits = new int[keywords.length];
    if (text == null) {
      return new Result(UNKNOWN, hits);
    }
    int n = Math.min(text.length(), limit);
    boolean japanese = false;
    boolean latin = false;
    boolean letter = false;
    boolean found = false;
    // chunks copied to a char[]: String.charAt per char made the scan about 30 % slower
    char[] chunk = new char[Math.min(n, CHUNK)];
    scan:
    for (int base = 0; base < n; base += CHUNK) {
      int len = Math.min(CHUNK, n - base);
      text.getChars(base, base + len, chunk, 0);
      for (int j = 0; j < len; j++) {
        char c = chunk[j];
        if (c < 128) {
          latin |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
          int[] candidates = asciiCandidates[c];
          if (candidates != null) {
            found |= count(text, base + j, n, candidates, hits);
          }
        } else {
          if (!japanese) { // once Japanese, the script of later chars changes nothing
            if (isJapanese(c)) {
              japanese = true;
            } else if (!letter && Character.isLetter(c)) {
              letter = true; // only decides between other and unknown
            }
          }
          if ((nonAsciiMask & (1L << (c & 63))) != 0) {
            found |= countNonAscii(text, base + j, n, c, hits);
          }
        }
        if (stopWhenDecided && found && (japanese || latin)) {
          // The language is now ja, or en unless a Japanese char follows: only that is left
          japanese = japanese || containsJapanese(text, base + j + 1, n);
          break scan;
        }
      }
    }
    String lang = japanese ? JA : latin ? EN : letter ? OTHER : UNKNOWN;
    return new Result(lang, hits);
  }

  /** Kana, or Han (0xD840-0xD87F: surrogates of supplementary ideographs). */
  private static boolean isJapanese(char c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xD840 && c <= 0xD87F);
  }

  private static boolean containsJapanese(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x3040 && isJapanese(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean count(String text, int at, int end, int[] candidates, int[] hits) {
    boolean any = false;
    for (int k : candidates) {
      if (matchesAt(text, at, end, keywords[k])) {
        hits[k]++;
        any = true;
      }
    }
    return any;
  }

  private boolean countNonAscii(String text, int at, int end, char c, int[] hits) {
    boolean any = false;
    for (int j = 0; j < nonAsciiFirst.length; j++) {
      if (nonAsciiFirst[j] == c && matchesAt(text, at, end, keywords[nonAsciiKeyword[j]])) {
        hits[nonAsciiKeyword[j]]++;
        any = true;
      }
    }
    return any;
  }

  /**
   * Keyword chars are lower case: an ASCII letter matches either case, anything else exactly.
   * (String.regionMatches with ignoreCase folds Unicode case per char, which cost a third of the
   * logger's time.)
   */
  private static boolean matchesAt(String text, int at, int end, String kw) {
    int len = kw.length();
    if (at + len > end) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      char k = kw.charAt(j);
      char c = text.charAt(at + j);
      if (c != k && !(k >= 'a' && k <= 'z' && c == k - 32)) {
        return false;
      }
    }
    return true;
  }
}
