package io.fmscope.sdk.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ModelBreakersTest {

    private final ManualClock clock = new ManualClock();

    private static void fail(CircuitBreaker cb) {
        assertThat(cb.tryAcquirePermission()).isTrue();
        cb.onError(10, TimeUnit.MILLISECONDS, new Bedrock.ThrottlingException());
    }

    @Test
    void oneBreakerPerModelAndClosedBeforeFirstUse() {
        ModelBreakers breakers = new ModelBreakers(BreakerPolicy.DEFAULT, clock);
        assertThat(breakers.state("never-called")).isEqualTo("CLOSED");
        assertThat(breakers.forModel("a")).isSameAs(breakers.forModel("a")).isNotSameAs(breakers.forModel("b"));
    }

    @Test
    void policyIsPassedToResilience4j() {
        BreakerPolicy p = BreakerPolicy.countBased(8, 4, 40f, Duration.ofSeconds(12), 3);
        var config = new ModelBreakers(p, clock).forModel("m").getCircuitBreakerConfig();
        assertThat(config.getFailureRateThreshold()).isEqualTo(40f);
        assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
        assertThat(config.getSlidingWindowSize()).isEqualTo(8);
        assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
        assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
        assertThat(config.getClock()).isSameAs(clock);
    }

    /** A time window must follow the injected clock: failures older than the window no longer count. */
    @Test
    void timeBasedWindowForgetsFailuresByTheInjectedClock() {
        BreakerPolicy p = new BreakerPolicy(50f, SlidingWindowType.TIME_BASED, 10, 2, Duration.ofSeconds(30), 1,
                100f, Duration.ofSeconds(60));
        CircuitBreaker cb = new ModelBreakers(p, clock).forModel("m");
        fail(cb);
        clock.advance(Duration.ofSeconds(11));
        fail(cb);
        assertThat(cb.getState()).as("the first failure left the 10 s window").isEqualTo(CircuitBreaker.State.CLOSED);
        fail(cb);
        assertThat(cb.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void openStateWaitsByTheInjectedClock() {
        CircuitBreaker cb = new ModelBreakers(BreakerPolicy.countBased(2, 2, 50f, Duration.ofSeconds(30), 1), clock)
                .forModel("m");
        fail(cb);
        fail(cb);
        assertThat(cb.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(Duration.ofSeconds(29));
        assertThat(cb.tryAcquirePermission()).isFalse();
        clock.advance(Duration.ofMillis(1_001)); // resilience4j: strictly after the wait
        assertThat(cb.tryAcquirePermission()).isTrue();
        assertThat(cb.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }
}
