package io.fmscope.sdk.resilience;

/** Why an invocation ended. */
public enum StopReason {
    SUCCEEDED,
    /** The last error was neither retryable nor eligible for a fallback model. */
    NOT_RETRYABLE,
    /** The last model failed {@code maxAttempts} times. */
    ATTEMPTS_EXHAUSTED,
    /** The retry budget had too few tokens for another retry. */
    RETRY_BUDGET_EXHAUSTED,
    /** The next backoff would have ended past the invocation deadline. */
    DEADLINE_EXCEEDED,
    /** The last model's circuit breaker rejected the call. */
    CIRCUIT_OPEN,
    /** System prompt plus user message exceed the last model's input budget. */
    PROMPT_TOO_LARGE,
    /** The calling thread was interrupted; its interrupt flag is set again. */
    INTERRUPTED,
    /** A plug-in (classifier, token counter) or the SDK itself failed; the model may not have been called. */
    INTERNAL_ERROR
}
