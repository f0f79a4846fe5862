package io.fmscope.sdk.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Settings of each model's circuit breaker (resilience4j semantics: CLOSED opens when, with at least
 * {@code minimumCalls} in the window, the failure rate reaches the threshold; OPEN rejects for
 * {@code waitInOpen}; HALF_OPEN lets {@code permittedInHalfOpen} calls through and closes or reopens).
 *
 * @param failureRateThreshold percent of recorded calls that failed, (0, 100]
 * @param windowType           COUNT_BASED (last N calls) or TIME_BASED (last N seconds)
 * @param windowSize           N calls or N seconds
 */
public record BreakerPolicy(float failureRateThreshold, SlidingWindowType windowType, int windowSize,
                            int minimumCalls, Duration waitInOpen, int permittedInHalfOpen,
                            float slowCallRateThreshold, Duration slowCallDuration) {

    /**
     * A 60 s time window adapts at MangaAssist's ~12 requests/s; 20 calls before judging, 30 s open,
     * 5 probes. Slow-call settings keep resilience4j's defaults (100 %, 60 s), i.e. nearly off.
     */
    public static final BreakerPolicy DEFAULT = new BreakerPolicy(50f, SlidingWindowType.TIME_BASED, 60, 20,
            Duration.ofSeconds(30), 5, 100f, Duration.ofSeconds(60));

    public BreakerPolicy {
        Objects.requireNonNull(windowType, "windowType");
        Objects.requireNonNull(waitInOpen, "waitInOpen");
        Objects.requireNonNull(slowCallDuration, "slowCallDuration");
    }

    public static BreakerPolicy countBased(int windowSize, int minimumCalls, float failureRateThreshold,
                                           Duration waitInOpen, int permittedInHalfOpen) {
        return new BreakerPolicy(failureRateThreshold, SlidingWindowType.COUNT_BASED, windowSize, minimumCalls,
                waitInOpen, permittedInHalfOpen, DEFAULT.slowCallRateThreshold, DEFAULT.slowCallDuration);
    }

    /**
     * The resilience4j config, timed by {@code clock}. The window is SYNCHRONIZED on purpose: the
     * lock-free time window of resilience4j 2.4 reads the system clock and would ignore ours.
     */
    public CircuitBreakerConfig toConfig(Clock clock) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRateThreshold)
                .slidingWindow(windowSize, minimumCalls, windowType, SlidingWindowSynchronizationStrategy.SYNCHRONIZED)
                .waitDurationInOpenState(waitInOpen)
                .permittedNumberOfCallsInHalfOpenState(permittedInHalfOpen)
                .slowCallRateThreshold(slowCallRateThreshold)
                .slowCallDurationThreshold(slowCallDuration)
                .clock(clock)
                .currentTimestampFunction(c -> c.instant().toEpochMilli(), TimeUnit.MILLISECONDS)
                .build();
    }
}
