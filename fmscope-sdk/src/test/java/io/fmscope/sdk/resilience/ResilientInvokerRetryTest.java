package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.Attempt.Status;
import io.fmscope.sdk.resilience.Bedrock.ScriptedModel;
import io.fmscope.sdk.resilience.tokens.ContextRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static io.fmscope.sdk.resilience.Bedrock.SONNET;
import static org.assertj.core.api.Assertions.assertThat;

/** Retries, backoff and the retry budget on a single-model chain. */
class ResilientInvokerRetryTest {

    private final ManualClock clock = new ManualClock();
    private final FakeSleeper sleeper = new FakeSleeper(clock);
    private final ScriptedModel model = new ScriptedModel(clock, Duration.ofMillis(200));
    private static final ContextRequest REQUEST = ContextRequest.of("ワンピースの最新刊はいつ発売ですか？");

    private ResilientInvoker.Builder invoker() {
        return ResilientInvoker.builder(FallbackChain.of(SONNET), Bedrock.classifier())
                .clock(clock).sleeper(sleeper).random(new SplittableRandom(7))
                .breakerPolicy(BreakerPolicy.countBased(100, 100, 50f, Duration.ofSeconds(30), 5));
    }

    @Test
    void retryableErrorsAreRetriedWithJitteredBackoffUntilSuccess() {
        model.failNext(SONNET, new Bedrock.ThrottlingException(), new Bedrock.ServiceUnavailableException());
        InvocationResult<String> r = invoker().build().invoke(REQUEST, model);

        assertThat(r.getOrThrow()).isEqualTo("answer from " + SONNET.modelId());
        ResilienceOutcome o = r.outcome();
        assertThat(o.stopReason()).isEqualTo(StopReason.SUCCEEDED);
        assertThat(o.retryCount()).isEqualTo(2);
        assertThat(o.attempts()).extracting(Attempt::status).containsExactly(Status.FAILED, Status.FAILED, Status.SUCCEEDED);
        assertThat(o.attempts()).extracting(Attempt::category).containsExactly("MODEL_THROTTLE", "MODEL_UNAVAILABLE", "");
        assertThat(o.attempts()).extracting(Attempt::latency).containsOnly(Duration.ofMillis(200));
        assertThat(o.attempts().subList(0, 2)).extracting(Attempt::backoffAfter).containsExactlyElementsOf(sleeper.sleeps);
        assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(sleeper.sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        assertThat(o.totalBackoff()).isEqualTo(sleeper.total());
        assertThat(model.calls).hasSize(3);
    }

    @Test
    void nonRetryableErrorsAreReturnedAtOnce() {
        Bedrock.ValidationException bad = new Bedrock.ValidationException();
        model.failNext(SONNET, bad);
        InvocationResult<String> r = invoker().build().invoke(REQUEST, model);

        assertThat(r).isEqualTo(new InvocationResult.Failure<String>(bad, r.outcome()));
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
        assertThat(r.outcome().retryCount()).isZero();
        assertThat(model.calls).hasSize(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void stopsAfterMaxAttempts() {
        model.failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(4)).build().invoke(REQUEST, model);

        assertThat(r.succeeded()).isFalse();
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        assertThat(model.calls).hasSize(4);
        assertThat(sleeper.sleeps).hasSize(3);
        assertThat(r.outcome().retryCount()).isEqualTo(3);
        assertThat(r.outcome().attempts().getLast().backoffAfter()).isZero();
    }

    @Test
    void anEmptyRetryBudgetStopsRetriesAndSuccessesRefillIt() {
        RetryBudget budget = new RetryBudget(new RetryBudgetPolicy(10, 5, 10, 1));
        ResilientInvoker inv = invoker().retryBudget(budget).build();
        model.failAlways(SONNET, new Bedrock.ThrottlingException());

        assertThat(inv.invoke(REQUEST, model).outcome().retryCount()).as("10 tokens pay two retries").isEqualTo(2);
        assertThat(budget.available()).isZero();
        InvocationResult<String> starved = inv.invoke(REQUEST, model);
        assertThat(starved.outcome().stopReason()).isEqualTo(StopReason.RETRY_BUDGET_EXHAUSTED);
        assertThat(starved.outcome().retryCount()).isZero();
        assertThat(starved.outcome().attempts()).hasSize(1);

        model.recover(SONNET);
        IntStream.range(0, 5).forEach(i -> assertThat(inv.invoke(REQUEST, model).succeeded()).isTrue());
        assertThat(budget.available()).as("five first-attempt successes refund one each").isEqualTo(5);
        model.failNext(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> again = inv.invoke(REQUEST, model);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.outcome().retryCount()).isEqualTo(1);
        assertThat(budget.available()).as("the successful retry returned its cost").isEqualTo(5);
    }

    @Test
    void timeoutRetriesCostMore() {
        RetryBudget budget = new RetryBudget(new RetryBudgetPolicy(15, 5, 10, 1));
        model.failAlways(SONNET, new Bedrock.ModelTimeoutException());
        InvocationResult<String> r = invoker().retryBudget(budget).build().invoke(REQUEST, model);
        assertThat(r.outcome().retryCount()).isEqualTo(1);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.RETRY_BUDGET_EXHAUSTED);
        assertThat(budget.available()).isEqualTo(5);
    }

    @Test
    void noRetryWhoseBackoffWouldEndPastTheDeadline() {
        // Max jitter: 1 s then 2 s. Attempt 1 ends at 1 s, sleep to 2 s, attempt 2 ends at 3 s; 3 + 2 > 4.
        ScriptedModel slow = new ScriptedModel(clock, Duration.ofSeconds(1)).failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().random(Bedrock.MAX_JITTER)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(5).withDeadline(Duration.ofSeconds(4)))
                .build().invoke(REQUEST, slow);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.DEADLINE_EXCEEDED);
        assertThat(slow.calls).hasSize(2);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void interruptedBackoffStopsRefundsAndKeepsTheInterruptFlag() {
        RetryBudget budget = new RetryBudget(RetryBudgetPolicy.DEFAULT);
        model.failAlways(SONNET, new Bedrock.ThrottlingException());
        InvocationResult<String> r = invoker().retryBudget(budget)
                .sleeper(d -> { throw new InterruptedException(); }).build().invoke(REQUEST, model);
        try {
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.INTERRUPTED);
        assertThat(model.calls).hasSize(1);
        assertThat(budget.available()).isEqualTo(500);
    }

    @Test
    void aThrowingClassifierMeansUnknownAndNoRetry() {
        model.failNext(SONNET, new Bedrock.ThrottlingException());
        RetryClassifier broken = (code, message) -> { throw new IllegalStateException("catalog not loaded"); };
        InvocationResult<String> r = ResilientInvoker.builder(FallbackChain.of(SONNET), broken)
                .clock(clock).sleeper(sleeper).build().invoke(REQUEST, model);
        assertThat(r.outcome().stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
        assertThat(r.outcome().attempts().getFirst().category()).isEqualTo("UNKNOWN");
        assertThat(model.calls).hasSize(1);
    }
}
