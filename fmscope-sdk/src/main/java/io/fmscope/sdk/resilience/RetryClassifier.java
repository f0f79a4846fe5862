package io.fmscope.sdk.resilience;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The boundary to the error catalog: decides whether an error is transient (retry), a timeout
 * (costlier retry) and worth a fallback model. The catalog in {@code fmscope-errors} implements it;
 * {@link TableRetryClassifier} is a small table-driven one.
 * Implementations must be thread-safe; an exception they throw is treated as {@code UNKNOWN}.
 */
@FunctionalInterface
public interface RetryClassifier {

    /** Classifies by the provider's error code (or exception name) and message; either may be empty. */
    Classification classify(String errorCode, String message);

    /**
     * Classifies an exception by its simple class name and message, walking the cause chain
     * (wrappers such as {@code CompletionException} hide the real error) until a known category
     * matches. A pure wrapper, whose message is just its cause's {@code toString()}, is skipped so
     * that the error code is the wrapped exception's.
     */
    default Classification classify(Throwable error) {
        Classification first = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            Throwable cause = t.getCause();
            if (cause != null && cause != t && Objects.equals(t.getMessage(), cause.toString())) continue;
            Classification c = classify(t.getClass().getSimpleName(), String.valueOf(t.getMessage()));
            if (c != null && !c.isUnknown()) return c;
            if (first == null) first = c;
        }
        return first != null ? first : Classification.unknown(error.getClass().getSimpleName());
    }
}
