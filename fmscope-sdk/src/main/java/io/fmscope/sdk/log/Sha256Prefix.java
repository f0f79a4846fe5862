package io.fmscope.sdk.log;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seed's {@code hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]}: lets queries group
 * identical prompts without storing them. Each thread keeps its digest and, for long texts, an
 * encoder with fixed buffers: {@code String.getBytes} allocates three bytes per char and then a
 * trimmed copy, about 40 KB for an 8 000-char Japanese prompt. Lone surrogates become {@code ?},
 * as with {@code getBytes}.
 */
final class Sha256Prefix {
  /** Texts up to this many chars are encoded with {@code getBytes}, which is cheaper to start. */
  static final int SHORT_TEXT = 1024;
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  private static final class State {
    final MessageDigest md;
    final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    final char[] chars = new char[4096];
    final ByteBuffer bytes = ByteBuffer.allocate(3 * 4096 + 16);

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
    if (text.length() <= SHORT_TEXT) {
      return HEX.formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
    CharsetEncoder enc = s.encoder.reset();
    int n = text.length();
    for (int off = 0; off < n; ) {
      int len = Math.min(s.chars.length, n - off);
      boolean last = off + len == n;
      text.getChars(off, off + len, s.chars, 0);
      CharBuffer in = CharBuffer.wrap(s.chars, 0, len);
      s.bytes.clear();
      enc.encode(in, s.bytes, last);
      if (last) {
        enc.flush(s.bytes);
      }
      md.update(s.bytes.array(), 0, s.bytes.position());
      // a high surrogate ending a chunk waits for its partner: continue from the first unread
      // char (a chunk of two or more chars always makes progress)
      off += last ? len : in.position();
    }
    return HEX.formatHex(md.digest(), 0, 8);
  }
}
