package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.Attempt.Status;
import io.fmscope.sdk.resilience.Bedrock.ScriptedModel;
import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static io.fmscope.sdk.resilience.Bedrock.HAIKU;
import static io.fmscope.sdk.resilience.Bedrock.SONNET;
import static org.assertj.core.api.Assertions.assertThat;

/** Sonnet → Haiku fallback (seed EP-001 "routing overflow to Haiku", EP-002 "retry with Haiku"). */
class ResilientInvokerFallbackTest {

    private final ManualClock clock = new ManualClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final ScriptedModel model = new ScriptedModel(clock, Duration.ofMillis(300));
    private static final ContextRequest REQUEST = ContextRequest.of("Recommend a completed fantasy series.");

    private ResilientInvoker.Builder invoker() {
        return ResilientInvoker.builder(FallbackChain.of(SONNET, HAIKU), Bedrock.classifier())
                .clock(clock).sleeper(sleeper).random(new SplittableRandom(11))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2))
                .breakerPolicy(BreakerPolicy.countBased(4, 4, 50f, Duration.ofSeconds(30), 2));
    }

    @Test
    void throttledSonnetFallsBackToHaikuAndTheOutcomeSaysSo() {
        model.failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().build().invoke(REQUEST, model);

        assertThat(r.getOrThrow()).isEqualTo("answer from " + HAIKU.modelId());
        ResilienceOutcome o = r.outcome();
        assertThat(o.fallbackUsed()).isTrue();
        assertThat(o.originalModelId()).isEqualTo(SONNET.modelId());
        assertThat(o.finalModelId()).isEqualTo(HAIKU.modelId());
        assertThat(o.retryCount()).isEqualTo(1);
        assertThat(o.attempts()).extracting(Attempt::modelId, Attempt::status, Attempt::errorCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SONNET.modelId(), Status.FAILED, "ThrottlingException"),
                org.assertj.core.groups.Tuple.tuple(SONNET.modelId(), Status.FAILED, "ThrottlingException"),
                org.assertj.core.groups.Tuple.tuple(HAIKU.modelId(), Status.SUCCEEDED, ""));
        assertThat(model.calls).containsExactly(SONNET.modelId(), SONNET.modelId(), HAIKU.modelId());
        assertThat(o.toFields()).containsEntry("fallback_used", true).containsEntry("retry_count", 1)
                .containsEntry("final_model_id", HAIKU.modelId());
    }

    @Test
    void timeoutsAndUnavailabilityAlsoFallBack() {
        model.failAlways(SONNET, new Bedrock.ModelTimeoutException());
        assertThat(invoker().build().invoke(REQUEST, model).outcome().finalModelId()).isEqualTo(HAIKU.modelId());
        model.failAlways(SONNET, new Bedrock.ServiceUnavailableException());
        assertThat(invoker().build().invoke(REQUEST, model).outcome().finalModelId()).isEqualTo(HAIKU.modelId());
    }

    @Test
    void clientErrorsDoNotFallBack() {
        model.failNext(SONNET, new Bedrock.ValidationException());
        InvocationResult<String> r = invoker().build().invoke(REQUEST, model);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
        assertThat(r.outcome().fallbackUsed()).isFalse();
        assertThat(model.calls).containsExactly(SONNET.modelId());
    }

    @Test
    void anOpenSonnetBreakerSendsCallsStraightToHaiku() {
        ResilientInvoker inv = invoker().retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1)).build();
        model.failAlways(SONNET, new Bedrock.ThrottlingException());
        for (int i = 0; i < 4; i++) inv.invoke(REQUEST, model);
        assertThat(inv.breakers().state(SONNET.modelId())).isEqualTo("OPEN");
        model.calls.clear();

        InvocationResult<String> r = inv.invoke(REQUEST, model);
        assertThat(model.calls).containsExactly(HAIKU.modelId());
        assertThat(r.outcome().attempts().getFirst().status()).isEqualTo(Status.REJECTED_BY_BREAKER);
        assertThat(r.outcome().fallbackUsed()).isTrue();
        assertThat(r.outcome().circuitBreakerState()).as("Haiku's breaker").isEqualTo("CLOSED");
    }

    @Test
    void whenARetryOpensTheBreakerTheFallbackComesWithoutAnotherBackoff() {
        ResilientInvoker inv = invoker().retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(3))
                .breakerPolicy(BreakerPolicy.countBased(2, 2, 50f, Duration.ofSeconds(30), 1)).build();
        model.failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = inv.invoke(REQUEST, model);

        assertThat(model.calls).containsExactly(SONNET.modelId(), SONNET.modelId(), HAIKU.modelId());
        assertThat(sleeper.sleeps).hasSize(1);
        assertThat(r.outcome().attempts().get(1).backoffAfter()).isZero();
        assertThat(inv.breakers().state(SONNET.modelId())).isEqualTo("OPEN");
        assertThat(r.succeeded()).isTrue();
    }

    @Test
    void whenEveryModelFailsTheLastApplicationErrorIsReturned() {
        Bedrock.ServiceUnavailableException haikuDown = new Bedrock.ServiceUnavailableException();
        model.failAlways(SONNET, new Bedrock.ThrottlingException()).failAlways(HAIKU, haikuDown);
        InvocationResult<String> r = invoker().build().invoke(REQUEST, model);
        assertThat(((InvocationResult.Failure<String>) r).error()).isSameAs(haikuDown);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(r.outcome().retryCount()).isEqualTo(2);
        assertThat(model.calls).hasSize(4);
    }

    @Test
    void withEveryBreakerOpenTheFailureIsCallNotPermitted() {
        ResilientInvoker inv = invoker().retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1)).build();
        model.failAlways(SONNET, new Bedrock.ThrottlingException()).failAlways(HAIKU, new Bedrock.ThrottlingException());
        for (int i = 0; i < 4; i++) inv.invoke(REQUEST, model);
        model.calls.clear();

        InvocationResult<String> r = inv.invoke(REQUEST, model);
        assertThat(model.calls).isEmpty();
        assertThat(((InvocationResult.Failure<String>) r).error()).isInstanceOf(CallNotPermittedException.class);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.CIRCUIT_OPEN);
        assertThat(r.outcome().circuitBreakerState()).isEqualTo("OPEN");
    }

    @Test
    void aDeadlineThatForbidsAnotherBackoffStillAllowsTheFallback() {
        ScriptedModel slow = new ScriptedModel(clock, Duration.ofSeconds(1)).failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().random(Bedrock.MAX_JITTER)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(5).withDeadline(Duration.ofSeconds(4)))
                .build().invoke(REQUEST, slow);
        assertThat(r.getOrThrow()).isEqualTo("answer from " + HAIKU.modelId());
        assertThat(slow.calls).containsExactly(SONNET.modelId(), SONNET.modelId(), HAIKU.modelId());
    }

    @Test
    void noFallbackOnceTheDeadlineHasPassed() {
        ScriptedModel slow = new ScriptedModel(clock, Duration.ofSeconds(3)).failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().retryPolicy(RetryPolicy.DEFAULT.withDeadline(Duration.ofSeconds(3)))
                .build().invoke(REQUEST, slow);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.DEADLINE_EXCEEDED);
        assertThat(slow.calls).containsExactly(SONNET.modelId());
    }
}
