package io.fmscope.sdk.resilience;

import java.util.Objects;

/**
 * What a {@link RetryClassifier} decided about one error.
 *
 * @param errorCode  the provider's error code or exception name, e.g. {@code ThrottlingException}
 * @param category   the error-catalog category, e.g. {@code MODEL_THROTTLE}; {@code UNKNOWN} if none matched
 * @param retryable  transient: retry the same model with backoff (also what the circuit breaker records)
 * @param timeout    a timeout: a retry costs more of the retry budget
 * @param fallback   once retries on this model stop, try the next model in the chain
 */
public record Classification(String errorCode, String category, boolean retryable, boolean timeout, boolean fallback) {

    public static final String UNKNOWN = "UNKNOWN";

    public Classification {
        errorCode = errorCode == null ? "" : errorCode;
        category = Objects.requireNonNullElse(category, UNKNOWN);
    }

    public static Classification unknown(String errorCode) {
        return new Classification(errorCode, UNKNOWN, false, false, false);
    }

    public boolean isUnknown() {
        return UNKNOWN.equals(category);
    }
}
