package io.fmscope.sdk.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The seed's {@code hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]}: lets queries group
 * identical prompts without storing them. One digest per thread avoids the provider lookup.
 */
final class Sha256Prefix {
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  });

  private Sha256Prefix() {}

  /** The first 16 lowercase hex digits of the SHA-256 of the UTF-8 text (null counts as ""). */
  static String of(String text) {
    return of(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
  }

  static String of(byte[] bytes) {
    MessageDigest md = DIGEST.get();
    md.reset();
    byte[] digest = md.digest(bytes);
    return HEX.formatHex(digest, 0, 8);
  }
}
