package io.fmscope.sdk.resilience;

/** Unchecked carrier for a checked exception from the model call, thrown only by {@code getOrThrow()}. */
public final class ModelCallFailedException extends RuntimeException {

    private final transient ResilienceOutcome outcome;

    public ModelCallFailedException(Throwable cause, ResilienceOutcome outcome) {
        super("model call failed after " + outcome.attempts().size() + " attempt(s), stop reason "
                + outcome.stopReason() + ": " + cause, cause);
        this.outcome = outcome;
    }

    public ResilienceOutcome outcome() {
        return outcome;
    }
}
