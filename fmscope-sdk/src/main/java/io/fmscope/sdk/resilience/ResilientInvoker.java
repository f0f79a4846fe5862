package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.fmscope.sdk.resilience.tokens.TokenBudget;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Wraps an application's model call with the token budget, retries with full-jitter backoff, the
 * retry budget, per-model circuit breakers and the fallback chain, and returns the response or the
 * final error together with a {@link ResilienceOutcome}. {@link #invoke} never throws an exception:
 * the application's own failure comes back as {@link InvocationResult.Failure} (see
 * {@link InvocationResult#getOrThrow()} to rethrow it). A {@link Error} thrown by the model call
 * is not caught. Thread-safe; build one per client and share it, since the retry budget and the
 * breakers are meant to see all traffic.
 */
public final class ResilientInvoker {

    final FallbackChain chain;
    final RetryClassifier classifier;
    final RetryPolicy retry;
    final RetryBudget budget;
    final ModelBreakers breakers;
    final TokenBudget tokens;
    final Clock clock;
    final Sleeper sleeper;
    final RandomGenerator random;

    private ResilientInvoker(Builder b) {
        this.chain = b.chain;
        this.classifier = b.classifier;
        this.retry = b.retry;
        this.budget = b.budget != null ? b.budget : new RetryBudget(RetryBudgetPolicy.DEFAULT);
        this.clock = b.clock;
        this.breakers = b.breakers != null ? b.breakers : new ModelBreakers(b.breakerPolicy, b.clock);
        this.tokens = b.tokens;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    public static Builder builder(FallbackChain chain, RetryClassifier classifier) {
        return new Builder(chain, classifier);
    }

    /** Fits the request for each model in the chain and calls it, retrying and falling back as configured. */
    public <R> InvocationResult<R> invoke(ContextRequest request, ModelCall<R> call) {
        Invocation<R> invocation = new Invocation<>(this, Objects.requireNonNullElseGet(request, () -> ContextRequest.of("")), call);
        try {
            return invocation.run();
        } catch (RuntimeException sdkOrPluginFailure) {
            return invocation.internalFailure(sdkOrPluginFailure);
        }
    }

    public FallbackChain chain() {
        return chain;
    }

    public RetryBudget retryBudget() {
        return budget;
    }

    public ModelBreakers breakers() {
        return breakers;
    }

    /** Optional settings; every one has a documented default. */
    public static final class Builder {
        private final FallbackChain chain;
        private final RetryClassifier classifier;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private RetryBudget budget;
        private BreakerPolicy breakerPolicy = BreakerPolicy.DEFAULT;
        private ModelBreakers breakers;
        private TokenBudget tokens = TokenBudget.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();

        private Builder(FallbackChain chain, RetryClassifier classifier) {
            this.chain = Objects.requireNonNull(chain, "chain");
            this.classifier = Objects.requireNonNull(classifier, "classifier");
        }

        public Builder retryPolicy(RetryPolicy v) { retry = Objects.requireNonNull(v); return this; }

        /** A bucket shared with other invokers, or one built from a policy (default: 500/5/10/1). */
        public Builder retryBudget(RetryBudget v) { budget = Objects.requireNonNull(v); return this; }

        public Builder retryBudget(RetryBudgetPolicy v) { budget = new RetryBudget(v); return this; }

        /** Policy for breakers created with this builder's clock; ignored if {@link #breakers} is set. */
        public Builder breakerPolicy(BreakerPolicy v) { breakerPolicy = Objects.requireNonNull(v); return this; }

        public Builder breakers(ModelBreakers v) { breakers = Objects.requireNonNull(v); return this; }

        public Builder tokenBudget(TokenBudget v) { tokens = Objects.requireNonNull(v); return this; }

        public Builder clock(Clock v) { clock = Objects.requireNonNull(v); return this; }

        public Builder sleeper(Sleeper v) { sleeper = Objects.requireNonNull(v); return this; }

        public Builder random(RandomGenerator v) { random = Objects.requireNonNull(v); return this; }

        public ResilientInvoker build() {
            return new ResilientInvoker(this);
        }
    }
}
