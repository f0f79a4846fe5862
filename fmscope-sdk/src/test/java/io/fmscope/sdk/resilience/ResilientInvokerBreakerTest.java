package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.Bedrock.ScriptedModel;
import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.fmscope.sdk.resilience.Bedrock.SONNET;
import static org.assertj.core.api.Assertions.assertThat;

/** The breaker's life cycle as an application sees it through the invoker, on a fake clock. */
class ResilientInvokerBreakerTest {

    private final ManualClock clock = new ManualClock();
    private final ScriptedModel model = new ScriptedModel(clock, Duration.ofMillis(100));
    private final ResilientInvoker invoker = ResilientInvoker.builder(FallbackChain.of(SONNET), Bedrock.classifier())
            .clock(clock).sleeper(new FakeSleeper(clock))
            .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1))
            .breakerPolicy(BreakerPolicy.countBased(4, 4, 50f, Duration.ofSeconds(30), 2))
            .build();
    private static final ContextRequest REQUEST = ContextRequest.of("hello");

    private String state() {
        return invoker.breakers().state(SONNET.modelId());
    }

    private InvocationResult<String> call() {
        return invoker.invoke(REQUEST, model);
    }

    private void open() {
        call();
        call();
        model.failNext(SONNET, new Bedrock.ThrottlingException(), new Bedrock.ThrottlingException());
        call();
        assertThat(state()).as("below minimum calls").isEqualTo("CLOSED");
        call();
        assertThat(state()).as("2 of 4 failed = 50 %").isEqualTo("OPEN");
    }

    @Test
    void opensAtTheFailureRateThreshold() {
        open();
    }

    @Test
    void staysClosedBelowTheThreshold() {
        call();
        call();
        call();
        model.failNext(SONNET, new Bedrock.ThrottlingException());
        call();
        assertThat(state()).as("1 of 4 failed = 25 %").isEqualTo("CLOSED");
    }

    @Test
    void clientErrorsDoNotCountAgainstTheModel() {
        for (int i = 0; i < 6; i++) {
            model.failNext(SONNET, new Bedrock.ValidationException());
            call();
        }
        assertThat(state()).isEqualTo("CLOSED");
    }

    @Test
    void rejectsWhileOpenThenHalfOpensAfterTheWaitAndCloses() {
        open();
        model.calls.clear();
        clock.advance(Duration.ofSeconds(29));
        InvocationResult<String> rejected = call();
        assertThat(model.calls).isEmpty();
        assertThat(((InvocationResult.Failure<String>) rejected).error()).isInstanceOf(CallNotPermittedException.class);

        clock.advance(Duration.ofMillis(1_001)); // resilience4j: strictly after the wait
        assertThat(call().succeeded()).isTrue();
        assertThat(state()).isEqualTo("HALF_OPEN");
        assertThat(call().outcome().circuitBreakerState()).isEqualTo("CLOSED");
        assertThat(model.calls).hasSize(2);
    }

    @Test
    void reopensWhenTheHalfOpenProbesFail() {
        open();
        clock.advance(Duration.ofSeconds(30).plusMillis(1));
        model.failNext(SONNET, new Bedrock.ThrottlingException(), new Bedrock.ThrottlingException());
        call();
        assertThat(state()).isEqualTo("HALF_OPEN");
        InvocationResult<String> last = call();
        assertThat(last.outcome().circuitBreakerState()).isEqualTo("OPEN");
        assertThat(call().outcome().stopReason()).isEqualTo(StopReason.CIRCUIT_OPEN);
    }
}
