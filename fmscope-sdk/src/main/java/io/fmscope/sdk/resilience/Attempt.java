package io.fmscope.sdk.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * One attempt in an invocation, in order.
 *
 * @param modelId      the model tried
 * @param status       what happened
 * @param errorCode    error code or exception name; empty on success
 * @param category     catalog category of the error; empty on success or when none applies
 * @param latency      time the call took by the invoker's clock; zero when not called
 * @param backoffAfter backoff slept after this attempt before retrying the same model; zero if none
 */
public record Attempt(String modelId, Status status, String errorCode, String category,
                      Duration latency, Duration backoffAfter) {

    public enum Status {
        SUCCEEDED,
        FAILED,
        /** Not called: the model's circuit breaker was open (or half-open and full). */
        REJECTED_BY_BREAKER,
        /** Not called: system prompt plus user message do not fit this model's window. */
        PROMPT_TOO_LARGE
    }

    public Attempt {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        errorCode = errorCode == null ? "" : errorCode;
        category = category == null ? "" : category;
        latency = Objects.requireNonNullElse(latency, Duration.ZERO);
        backoffAfter = Objects.requireNonNullElse(backoffAfter, Duration.ZERO);
    }

    Attempt withBackoff(Duration delay) {
        return new Attempt(modelId, status, errorCode, category, latency, delay);
    }
}
