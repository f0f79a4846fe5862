package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.sdk.log.FmCallBuilder.CallInputs;

/** Builds the {@link RawError} for the enricher and repairs what comes back. */
final class ErrorInputs {
  private static final int MAX_FRAMES = 64;

  private ErrorInputs() {}

  static RawError raw(CallInputs in, FmCallStatus status, Repairs fix) {
    Throwable t = in.throwable;
    if (!in.errorGiven && status != FmCallStatus.CONTENT_FILTERED) {
      fix.flag(DataQualityIssue.MISSING_VALUE_DEFAULTED, "error");
    }
    String type = first(in.errorType, t == null ? null : typeName(t), typeFor(status), "Unknown");
    String code = first(in.errorCode,
        status == FmCallStatus.CONTENT_FILTERED ? "CONTENT_FILTERED" : null, "UNKNOWN");
    String message = first(in.errorMessage, t == null ? null : t.getMessage(),
        status == FmCallStatus.CONTENT_FILTERED ? in.contentFilterReason : null, "");
    message = fix.cut(fix.redactRepeated(message, "error.error_message"), Repairs.MAX_MESSAGE,
        "error.error_message");
    long retries = in.retryCount != null ? in.retryCount
        : in.resilience != null ? in.resilience.retryCount() : 0;
    String stack = in.stackTraceHash != null ? in.stackTraceHash
        : t != null ? stackHash(t) : "";
    return new RawError(fix.cut(type, Repairs.MAX_SHORT_STRING, "error.error_type"),
        fix.cut(code, Repairs.MAX_SHORT_STRING, "error.error_code"), message,
        fix.cut(first(in.upstreamService, ""), Repairs.MAX_SHORT_STRING, "error.upstream_service"),
        status, fix.count(retries, "error.retry_count"),
        fix.cut(stack, 64, "error.stack_trace_hash"));
  }

  /** The enricher's answer with the application's explicit choices applied and strings repaired. */
  static ErrorDetails finish(ErrorDetails e, RawError raw, CallInputs in, Repairs fix) {
    String message = e.errorMessage() == null || e.errorMessage().equals(raw.errorMessage())
        ? raw.errorMessage()
        : fix.cut(fix.redact(e.errorMessage(), "error.error_message"), Repairs.MAX_MESSAGE,
            "error.error_message");
    return new ErrorDetails(
        fix.cut(first(e.errorType(), raw.errorType()), Repairs.MAX_SHORT_STRING,
            "error.error_type"),
        fix.cut(first(e.errorCode(), raw.errorCode()), Repairs.MAX_SHORT_STRING,
            "error.error_code"),
        message,
        in.severity != null ? in.severity : e.errorSeverity(),
        raw.retryCount(),
        in.retryable != null ? in.retryable : e.isRetryable(),
        fix.cut(first(in.rootCause, e.rootCauseCategory(), "unknown"), Repairs.MAX_SHORT_STRING,
            "error.root_cause_category"),
        fix.cut(first(e.stackTraceHash(), raw.stackTraceHash()), 64, "error.stack_trace_hash"),
        fix.cut(first(e.upstreamService(), raw.upstreamService()), Repairs.MAX_SHORT_STRING,
            "error.upstream_service"));
  }

  /**
   * First 16 hex chars of the SHA-256 over the exception class and its frames' class and method
   * names. Line numbers are left out so the same failure point keeps its hash across unrelated
   * edits of the file.
   */
  static String stackHash(Throwable t) {
    StringBuilder sb = new StringBuilder(t.getClass().getName());
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
      sb.append('\n').append(frames[i].getClassName()).append('.')
          .append(frames[i].getMethodName());
    }
    return Sha256Prefix.of(sb.toString());
  }

  private static String typeName(Throwable t) {
    String simple = t.getClass().getSimpleName();
    return simple.isEmpty() ? t.getClass().getName() : simple;
  }

  private static String typeFor(FmCallStatus status) {
    return switch (status) {
      case THROTTLED -> "ThrottlingException";
      case TIMEOUT -> "ModelTimeoutException";
      case CONTENT_FILTERED -> "ContentFilterBlocked";
      default -> null;
    };
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return "";
  }
}
