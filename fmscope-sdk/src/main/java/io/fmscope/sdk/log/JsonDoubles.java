package io.fmscope.sdk.log;

/**
 * Text for doubles that are short decimals (latencies like {@code 2450.5}, scores like {@code
 * 0.92}, prices like {@code 0.006285}) without the general shortest-representation algorithm. A
 * value qualifies when it equals {@code m / 10^k} for an integer {@code m} below 2^53 and {@code
 * k} of 3 or 9: the decimal {@code m·10^-k} then parses back to exactly the same double, and with
 * trailing zeros removed it is the shortest such decimal. Anything else returns null and is
 * written by Jackson.
 */
final class JsonDoubles {
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
      10_000_000, 100_000_000, 1_000_000_000};

  private JsonDoubles() {}

  /** The decimal text of {@code d}, or null when it is not a short decimal. */
  static String fastText(double d) {
    char[] buf = new char[MAX_CHARS];
    int n = fastChars(d, buf);
    return n < 0 ? null : new String(buf, 0, n);
  }

  /** Longest text {@link #fastChars} writes: sign, 13 digits, point, 9 digits. */
  static final int MAX_CHARS = 26;

  /**
   * Writes the decimal text of {@code d} into {@code buf} (at least {@link #MAX_CHARS} long) and
   * returns its length, or -1 when {@code d} is not a short decimal.
   */
  static int fastChars(double d, char[] buf) {
    if (d == 0) {
      boolean negative = Double.doubleToRawLongBits(d) != 0;
      return copy(negative ? "-0.0" : "0.0", buf);
    }
    double abs = Math.abs(d);
    if (abs < 1e12 && abs >= 1e-3) {
      long m = Math.round(d * 1e3);
      if (m / 1e3 == d) {
        return format(m, 3, buf);
      }
    }
    if (abs < 1e6 && abs >= 1e-9) {
      long m = Math.round(d * 1e9);
      if (m / 1e9 == d) {
        return format(m, 9, buf);
      }
    }
    return -1;
  }

  private static int copy(String s, char[] buf) {
    s.getChars(0, s.length(), buf, 0);
    return s.length();
  }

  private static int format(long m, int scale, char[] buf) {
    long abs = Math.abs(m);
    long unit = POW10[scale];
    long whole = abs / unit;
    long frac = abs % unit;
    int digits = scale;
    while (digits > 1 && frac % 10 == 0) {
      frac /= 10;
      digits--;
    }
    int p = 0;
    if (m < 0) {
      buf[p++] = '-';
    }
    p = digitsOf(whole, buf, p);
    buf[p++] = '.';
    for (int i = digits - 1; i >= 0; i--) {
      buf[p + i] = (char) ('0' + frac % 10);
      frac /= 10;
    }
    return p + digits;
  }

  /** Writes the decimal digits of a non-negative value at {@code p}; returns the new end. */
  private static int digitsOf(long v, char[] buf, int p) {
    int len = 1;
    for (long t = v; t >= 10; t /= 10) {
      len++;
    }
    for (int i = len - 1; i >= 0; i--) {
      buf[p + i] = (char) ('0' + v % 10);
      v /= 10;
    }
    return p + len;
  }
}
