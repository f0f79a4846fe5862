package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import java.util.function.Supplier;

/** W3C trace ids: 32 hex digits, not all zero; upper case is accepted and lowered. */
final class TraceIds {
  private TraceIds() {}

  /**
   * The explicit id when one was set, else the source's (null when there is no active trace). A
   * malformed id is left out and flagged; a source that throws is treated as no trace.
   */
  static String resolve(boolean set, String explicit, Supplier<String> source, Repairs fix,
      String path) {
    String id = explicit;
    if (!set) {
      if (source == null) {
        return null;
      }
      try {
        id = source.get();
      } catch (RuntimeException e) {
        fix.hookFailed(path);
        return null;
      }
    }
    if (id == null) {
      return null;
    }
    String normal = normalise(id);
    if (normal == null) {
      fix.flag(DataQualityIssue.INVALID_VALUE_REJECTED, path);
    }
    return normal;
  }

  /** The lower-case id, or null when it is not 32 hex digits or is all zeros. */
  static String normalise(String id) {
    if (id.length() != 32) {
      return null;
    }
    boolean nonZero = false;
    char[] out = new char[32];
    for (int i = 0; i < 32; i++) {
      char c = id.charAt(i);
      if (c >= 'A' && c <= 'F') {
        c = (char) (c + 32);
      }
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return null;
      }
      nonZero |= c != '0';
      out[i] = c;
    }
    return nonZero ? new String(out) : null;
  }
}
