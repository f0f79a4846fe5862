package io.fmscope.sdk.log;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids and model versions. */
final class RequestIds {
  private RequestIds() {}

  /**
   * A random version-4 UUID. Request ids need uniqueness, not secrecy, so this draws from {@link
   * ThreadLocalRandom} instead of {@link UUID#randomUUID()}'s SecureRandom, which can contend.
   */
  static String random() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /**
   * The version suffix of a Bedrock model id ({@code anthropic.claude-3-sonnet-20240229-v1:0}
   * gives {@code v1:0}); {@code unknown} when the id has none.
   */
  static String modelVersion(String modelId) {
    int at = modelId.lastIndexOf("-v");
    if (at < 0 || at + 2 >= modelId.length()) {
      return "unknown";
    }
    String v = modelId.substring(at + 1);
    boolean colon = false;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ':' && !colon && i > 1 && i < v.length() - 1) {
        colon = true;
      } else if (c < '0' || c > '9') {
        return "unknown";
      }
    }
    return v;
  }
}
