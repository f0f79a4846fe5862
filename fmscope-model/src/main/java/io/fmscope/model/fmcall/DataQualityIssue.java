package io.fmscope.model.fmcall;

/**
 * Kinds of repair the logger makes to bad input. A record's {@code data_quality} list holds flags
 * {@code <code>:<json path>}, e.g.
 * {@code negative_value_clamped:prompt_metrics.context_token_count}.
 */
public enum DataQualityIssue {
  /** A negative count or duration became 0. */
  NEGATIVE_VALUE_CLAMPED("negative_value_clamped"),
  /** A value above its documented maximum became the maximum. */
  OUT_OF_RANGE_CLAMPED("out_of_range_clamped"),
  /** NaN or an infinity became 0. */
  NON_FINITE_VALUE_DEFAULTED("non_finite_value_defaulted"),
  /** A NaN or infinite element was removed from a list. */
  NON_FINITE_VALUE_DROPPED("non_finite_value_dropped"),
  /** A required value was null or blank and got a default. */
  MISSING_VALUE_DEFAULTED("missing_value_defaulted"),
  /** A string longer than its limit was cut. */
  VALUE_TRUNCATED("value_truncated"),
  /** A list or map longer than its limit was cut. */
  LIST_TRUNCATED("list_truncated"),
  /** A malformed value (e.g. a trace id that is not 32 hex digits) was left out. */
  INVALID_VALUE_REJECTED("invalid_value_rejected"),
  /** A latency map key that names no latency component was ignored. */
  UNKNOWN_KEY_IGNORED("unknown_key_ignored"),
  /** Something that looked like a credential was replaced by {@code [REDACTED]}. */
  SECRET_REDACTED("secret_redacted"),
  /** Only a prefix of a very long text was scanned for language and keywords. */
  TEXT_ANALYSIS_TRUNCATED("text_analysis_truncated"),
  /** A pluggable hook (cost model, error enricher) threw; its section was left out or defaulted. */
  HOOK_FAILED("hook_failed"),
  /** The logger itself failed while building this record; the line holds what was safe to keep. */
  INTERNAL_ERROR("internal_error");

  private final String code;

  DataQualityIssue(String code) {
    this.code = code;
  }

  /** The prefix written before the colon. */
  public String code() {
    return code;
  }

  /** The flag for a field, e.g. {@code negative_value_clamped:latency.total_e2e_ms}. */
  public String flag(String jsonPath) {
    return code + ':' + jsonPath;
  }
}
