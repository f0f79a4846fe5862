package io.fmscope.model.fmcall;

/** Outcome of one FM call; the JSON value is the constant's name, as in the seed. */
public enum FmCallStatus {
  SUCCESS,
  ERROR,
  TIMEOUT,
  THROTTLED,
  CONTENT_FILTERED,
  PARTIAL;

  /** Parses a JSON value; unknown or null text yields {@code null}: the caller picks a default. */
  public static FmCallStatus parse(String text) {
    if (text == null) {
      return null;
    }
    for (FmCallStatus s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    return null;
  }
}
