package io.fmscope.model.fmcall;

/**
 * JSON object {@code error}, present on failed calls. {@code retry_count} stays here as in the seed
 * (its throttling query reads {@code error.retry_count}), even though {@link ResilienceDetails}
 * carries the same count for successful calls too.
 *
 * @param errorType {@code error_type}, e.g. {@code ThrottlingException}
 * @param errorCode {@code error_code}, e.g. {@code 429}
 * @param errorMessage {@code error_message}, with secrets redacted by the logger
 * @param errorSeverity {@code error_severity}
 * @param retryCount {@code retry_count}
 * @param isRetryable {@code is_retryable}
 * @param rootCauseCategory {@code root_cause_category}, e.g. {@code MODEL_THROTTLE}
 * @param stackTraceHash {@code stack_trace_hash}: 16 hex chars, or empty when no stack was given
 * @param upstreamService {@code upstream_service}, e.g. {@code bedrock}
 */
public record ErrorDetails(
    String errorType,
    String errorCode,
    String errorMessage,
    ErrorSeverity errorSeverity,
    int retryCount,
    boolean isRetryable,
    String rootCauseCategory,
    String stackTraceHash,
    String upstreamService) {

  public ErrorDetails {
    errorSeverity = errorSeverity == null ? ErrorSeverity.MEDIUM : errorSeverity;
  }

  /** A copy with another retry count. */
  public ErrorDetails withRetryCount(int count) {
    return new ErrorDetails(errorType, errorCode, errorMessage, errorSeverity, count, isRetryable,
        rootCauseCategory, stackTraceHash, upstreamService);
  }
}
