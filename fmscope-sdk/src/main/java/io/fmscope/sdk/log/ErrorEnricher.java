package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.ErrorSeverity;

/**
 * Turns a raw error into the record's {@code error} section, filling severity, {@code
 * is_retryable} and {@code root_cause_category} (an error classifier plugs in here). Values the
 * application set explicitly on the call (severity, retryable, root cause) win over the
 * enricher's. An enricher that throws or returns null is replaced by {@link #seedDefaults()} and
 * counted in {@link LoggerStats#hookFailures()}.
 */
@FunctionalInterface
public interface ErrorEnricher {

  /** The error section for a raw error. */
  ErrorDetails enrich(RawError raw);

  /** The seed's defaults: severity {@code MEDIUM}, not retryable, root cause {@code unknown}. */
  static ErrorEnricher seedDefaults() {
    return raw -> new ErrorDetails(raw.errorType(), raw.errorCode(), raw.errorMessage(),
        ErrorSeverity.MEDIUM, raw.retryCount(), false, "unknown", raw.stackTraceHash(),
        raw.upstreamService());
  }
}
