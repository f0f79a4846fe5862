package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * Clamps, defaults and truncates one record's input values, collecting a {@code data_quality}
 * flag for each repair. The limits are documented in docs/sdk-logging.md.
 */
final class Repairs {
  /** Upper bound of every token count and other count. */
  static final int MAX_COUNT = 10_000_000;
  /** Upper bound of every latency: one day in milliseconds. */
  static final double MAX_LATENCY_MS = 86_400_000d;
  /** Longest id, model id, template id and other short string. */
  static final int MAX_SHORT_STRING = 256;
  /** Longest error message. */
  static final int MAX_MESSAGE = 4096;
  /** At most this many flags per record; the last one then says the list was cut. */
  static final int MAX_FLAGS = 64;

  private List<String> flags;
  private int hookFailures;

  void flag(DataQualityIssue issue, String path) {
    if (flags == null) {
      flags = new ArrayList<>(4);
    }
    String f = issue.flag(safePath(path));
    if (flags.size() < MAX_FLAGS - 1) {
      if (!flags.contains(f)) {
        flags.add(f);
      }
    } else if (flags.size() == MAX_FLAGS - 1) {
      flags.add(DataQualityIssue.LIST_TRUNCATED.flag("data_quality"));
    }
  }

  /**
   * Paths can embed application keys (tag names, latency names): control characters, line
   * separators and surrogates become {@code _} and long paths are cut, so a flag is always one
   * printable line.
   */
  static String safePath(String path) {
    String p = path.length() > 160 ? path.substring(0, 160) : path;
    for (int i = 0; i < p.length(); i++) {
      if (unsafe(p.charAt(i))) {
        StringBuilder sb = new StringBuilder(p.length());
        for (int j = 0; j < p.length(); j++) {
          sb.append(unsafe(p.charAt(j)) ? '_' : p.charAt(j));
        }
        return sb.toString();
      }
    }
    return p;
  }

  /** Control characters, line and paragraph separators, and (possibly lone) surrogates. */
  private static boolean unsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || Character.isSurrogate(c);
  }

  /** A pluggable hook threw or returned nothing usable; flagged and counted for the stats. */
  void hookFailed(String path) {
    hookFailures++;
    flag(DataQualityIssue.HOOK_FAILED, path);
  }

  int hookFailures() {
    return hookFailures;
  }

  List<String> flags() {
    return flags == null ? List.of() : flags;
  }

  boolean isEmpty() {
    return flags == null;
  }

  /** A count in [0, MAX_COUNT]. */
  int count(long value, String path) {
    if (value < 0) {
      flag(DataQualityIssue.NEGATIVE_VALUE_CLAMPED, path);
      return 0;
    }
    if (value > MAX_COUNT) {
      flag(DataQualityIssue.OUT_OF_RANGE_CLAMPED, path);
      return MAX_COUNT;
    }
    return (int) value;
  }

  /** A duration in [0, MAX_LATENCY_MS]; NaN and infinities become 0. */
  double millis(double value, String path) {
    if (!Double.isFinite(value)) {
      flag(DataQualityIssue.NON_FINITE_VALUE_DEFAULTED, path);
      return 0;
    }
    if (value < 0) {
      flag(DataQualityIssue.NEGATIVE_VALUE_CLAMPED, path);
      return 0;
    }
    if (value > MAX_LATENCY_MS) {
      flag(DataQualityIssue.OUT_OF_RANGE_CLAMPED, path);
      return MAX_LATENCY_MS;
    }
    return value;
  }

  /** A required short string: null or blank becomes {@code fallback}, long ones are cut. */
  String required(String value, String fallback, String path) {
    if (value == null || value.isBlank()) {
      flag(DataQualityIssue.MISSING_VALUE_DEFAULTED, path);
      return fallback;
    }
    return cut(value, MAX_SHORT_STRING, path);
  }

  /** An optional short string: null stays null, long ones are cut. */
  String optional(String value, String path) {
    return value == null ? null : cut(value, MAX_SHORT_STRING, path);
  }

  /** Cuts {@code value} to {@code max} chars without splitting a surrogate pair. */
  String cut(String value, int max, String path) {
    if (value == null || value.length() <= max) {
      return value;
    }
    flag(DataQualityIssue.VALUE_TRUNCATED, path);
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end);
  }

  /** {@link #redact} for values that repeat (error messages): memoised per distinct value. */
  String redactRepeated(String value, String path) {
    String r = SecretRedactor.redactRepeated(value);
    if (r != value && !r.equals(value)) {
      flag(DataQualityIssue.SECRET_REDACTED, path);
    }
    return r;
  }

  /** Redacts credentials from free text, flagging the path when something was replaced. */
  String redact(String value, String path) {
    String r = SecretRedactor.redact(value);
    if (r != value) {
      flag(DataQualityIssue.SECRET_REDACTED, path);
    }
    return r;
  }
}
