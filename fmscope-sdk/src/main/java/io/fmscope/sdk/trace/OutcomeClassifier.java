package io.fmscope.sdk.trace;

/** Maps an exception thrown by a traced call to its {@link Outcome}. Implementations must not throw. */
@FunctionalInterface
public interface OutcomeClassifier {
    Outcome classify(Throwable failure);

    /** The default: an HTTP status the exception exposes, else its name and message, else a fault. */
    static OutcomeClassifier defaults() {
        return ExceptionOutcomes.INSTANCE;
    }
}
