package io.fmscope.model.fmcall;

/** Severity of an FM error; the JSON {@code error.error_severity} is the constant's name. */
public enum ErrorSeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** Parses a JSON value case-insensitively; unknown or null text yields {@code null}. */
  public static ErrorSeverity parse(String text) {
    if (text == null) {
      return null;
    }
    for (ErrorSeverity s : values()) {
      if (s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    return null;
  }
}
