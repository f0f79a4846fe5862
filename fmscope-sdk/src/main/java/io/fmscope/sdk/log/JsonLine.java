package io.fmscope.sdk.log;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends JSON values to a reused byte buffer exactly as Jackson's character generator writes them with
 * {@link FmLogJsonWriter}'s settings (no spaces; {@code "}, {@code \} and control chars escaped, the common
 * ones as {@code \n \t \r \b \f}, others as upper-case {@code \}{@code u00XX}; everything else as is; doubles
 * through {@link JsonDoubles} or Jackson's {@link NumberOutput}, non-finite ones as strings). One byte per char:
 * a line is Latin-1 text, which becomes a String by a plain copy; a char above U+00FF (Japanese text in a
 * captured prompt, say) throws {@link #NOT_LATIN1} and the caller writes that record through the generator.
 * It only writes the fixed shape of {@link FmCallLine}; {@code FmCallLineTest} checks it against the generator.
 */
final class JsonLine {
  /** Thrown, without a stack trace, when a value holds a char above U+00FF. */
  static final RuntimeException NOT_LATIN1 = new RuntimeException("not Latin-1", null, false, false) {};

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);
  private static final int KEEP_CAPACITY = 64 * 1024;

  private byte[] buf = new byte[4096];
  private int len;
  private final char[] digits = new char[JsonDoubles.MAX_CHARS];

  /** {@code ,"name":} (or without the comma): a field name with what precedes it, built once. */
  static String field(boolean comma, SerializableString name) {
    return (comma ? ",\"" : "\"") + name.getValue() + "\":";
  }

  /** The line written since the last take; empties the buffer (replacing a huge one). */
  String take() {
    String s = new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    reset();
    return s;
  }

  void reset() {
    len = 0;
    if (buf.length > KEEP_CAPACITY) {
      buf = new byte[4096];
    }
  }

  private void room(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  /** ASCII text as bytes, for the constants of {@link FmCallLine}. */
  static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Pre-encoded constant text. */
  JsonLine raw(byte[] text) {
    room(text.length);
    System.arraycopy(text, 0, buf, len, text.length);
    len += text.length;
    return this;
  }

  /** One ASCII char. */
  JsonLine ch(char c) {
    room(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** Constant text (names, punctuation), known to be ASCII. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies Latin-1 chars as they are
  JsonLine raw(String s) {
    int n = s.length();
    room(n);
    s.getBytes(0, n, buf, len);
    len += n;
    return this;
  }

  /** A string value, or {@code null}. */
  JsonLine str(String s) {
    if (s == null) {
      return raw("null");
    }
    int n = s.length();
    room(6 * n + 2);
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        if (c > 0xFF) {
          throw NOT_LATIN1;
        }
        b[p++] = (byte) c;
      } else {
        p = escape(c, b, p);
      }
    }
    b[p++] = '"';
    len = p;
    return this;
  }

  private static int escape(char c, byte[] b, int p) {
    b[p++] = '\\';
    switch (c) {
      case '"' -> b[p++] = '"';
      case '\\' -> b[p++] = '\\';
      case '\n' -> b[p++] = 'n';
      case '\t' -> b[p++] = 't';
      case '\r' -> b[p++] = 'r';
      case '\b' -> b[p++] = 'b';
      case '\f' -> b[p++] = 'f';
      default -> {
        b[p++] = 'u';
        b[p++] = '0';
        b[p++] = '0';
        b[p++] = HEX[c >> 4];
        b[p++] = HEX[c & 0xF];
      }
    }
    return p;
  }

  JsonLine num(long v) {
    room(20);
    len = NumberOutput.outputLong(v, buf, len);
    return this;
  }

  JsonLine num(int v) {
    room(11);
    len = NumberOutput.outputInt(v, buf, len);
    return this;
  }

  JsonLine bool(boolean v) {
    return raw(v ? "true" : "false");
  }

  /** A double as {@link RecordJson#number} writes it. */
  JsonLine num(double v) {
    int n = JsonDoubles.fastChars(v, digits);
    if (n >= 0) {
      room(n);
      for (int i = 0; i < n; i++) {
        buf[len + i] = (byte) digits[i];
      }
      len += n;
      return this;
    }
    String text = NumberOutput.toString(v, true);
    return Double.isFinite(v) ? raw(text) : raw("\"").raw(text).raw("\"");
  }

  /** A nullable double. */
  JsonLine num(Double v) {
    return v == null ? raw("null") : num(v.doubleValue());
  }
}
