package io.fmscope.sdk.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seed's {@code hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]}: lets queries group
 * identical prompts without storing them. Each thread keeps its digest and fixed buffers; a long
 * text is encoded to UTF-8 here, chunk by chunk, into the reused byte buffer: {@code
 * String.getBytes} allocates three bytes per char plus a trimmed copy (40 KB for an 8 000-char
 * Japanese prompt), and the JDK's {@code CharsetEncoder} was slower than this loop (measured in
 * docs/benchmarks.md). The bytes are exactly those of {@code getBytes(UTF_8)}: a lone surrogate
 * becomes {@code ?}.
 */
final class Sha256Prefix {
  /** Texts up to this many chars are encoded with {@code getBytes}, which is as fast for them. */
  static final int SHORT_TEXT = 1024;
  /** Chars encoded per chunk; a chunk's UTF-8 is at most three bytes per char. */
  static final int CHUNK = 4096;
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  private static final class State {
    final MessageDigest md;
    final char[] chars = new char[CHUNK];
    final byte[] bytes = new byte[3 * CHUNK];

    State() {
      try {
        md = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }

  private Sha256Prefix() {}

  /** The first 16 lowercase hex digits of the SHA-256 of the UTF-8 text (null counts as ""). */
  static String of(String text) {
    State s = STATE.get();
    MessageDigest md = s.md;
    md.reset();
    if (text == null) {
      return HEX.formatHex(md.digest(), 0, 8);
    }
    int n = text.length();
    if (n <= SHORT_TEXT) {
      return HEX.formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
    for (int off = 0; off < n; ) {
      int len = Math.min(CHUNK, n - off);
      if (off + len < n && Character.isHighSurrogate(text.charAt(off + len - 1))) {
        len--; // keep a surrogate pair in one chunk (a chunk of CHUNK - 1 chars still progresses)
      }
      text.getChars(off, off + len, s.chars, 0);
      md.update(s.bytes, 0, encode(s.chars, len, s.bytes));
      off += len;
    }
    return HEX.formatHex(md.digest(), 0, 8);
  }

  /** UTF-8 of {@code chars[0, len)} into {@code out}; returns the byte count. */
  private static int encode(char[] chars, int len, byte[] out) {
    int p = 0;
    for (int i = 0; i < len; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < len
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        out[p++] = (byte) (0xF0 | (cp >> 18));
        out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[p++] = '?'; // a lone surrogate, as String.getBytes writes it
      }
    }
    return p;
  }
}
