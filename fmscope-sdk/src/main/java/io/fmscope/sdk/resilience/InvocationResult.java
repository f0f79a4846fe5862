package io.fmscope.sdk.resilience;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ResilientInvoker#invoke} returns instead of throwing: the response or the final error,
 * and in both cases the {@link ResilienceOutcome}. The caller chooses: switch over the two records,
 * or call {@link #getOrThrow()} to rethrow the application's own failure.
 */
public sealed interface InvocationResult<R> {

    ResilienceOutcome outcome();

    record Success<R>(R value, ResilienceOutcome outcome) implements InvocationResult<R> {
        public Success {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * @param error the last exception the application's {@link ModelCall} threw; if no call was made
     *              (breakers open, prompt too large) the SDK's reason: a resilience4j
     *              {@code CallNotPermittedException} or a {@link PromptTooLargeException}
     */
    record Failure<R>(Throwable error, ResilienceOutcome outcome) implements InvocationResult<R> {
        public Failure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    default boolean succeeded() {
        return this instanceof Success<R>;
    }

    default Optional<R> valueIfSuccess() {
        return this instanceof Success<R> s ? Optional.ofNullable(s.value()) : Optional.empty();
    }

    /**
     * The value, or the failure rethrown: unchecked exceptions and errors as they are, checked ones
     * wrapped in a {@link ModelCallFailedException} that carries the outcome.
     */
    default R getOrThrow() {
        return switch (this) {
            case Success<R> s -> s.value();
            case Failure<R> f when f.error() instanceof RuntimeException re -> throw re;
            case Failure<R> f when f.error() instanceof Error e -> throw e;
            case Failure<R> f -> throw new ModelCallFailedException(f.error(), f.outcome());
        };
    }
}
