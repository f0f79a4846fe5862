package io.fmscope.sdk.resilience;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;
import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FullJitterBackoffProperties {

    @Property(tries = 2_000)
    void delayIsAlwaysWithinTheFullJitterWindow(@ForAll @LongRange(min = 0, max = 10_000) long baseMs,
                                               @ForAll @LongRange(min = 0, max = 120_000) long extraCapMs,
                                               @ForAll @IntRange(min = 0, max = 80) int retry,
                                               @ForAll long seed) {
        FullJitterBackoff backoff = new FullJitterBackoff(Duration.ofMillis(baseMs), Duration.ofMillis(baseMs + extraCapMs));
        // min(cap, base * 2^retry), computed without overflow in a second, independent way.
        BigInteger exp = BigInteger.valueOf(baseMs).shiftLeft(retry).multiply(BigInteger.valueOf(1_000_000));
        long expectedCeiling = exp.min(BigInteger.valueOf((baseMs + extraCapMs) * 1_000_000)).longValueExact();

        assertThat(backoff.ceiling(retry).toNanos()).isEqualTo(expectedCeiling);
        Duration delay = backoff.delay(retry, new SplittableRandom(seed));
        assertThat(delay.toNanos()).isBetween(0L, expectedCeiling);
    }

    @Property(tries = 500)
    void ceilingGrowsWithTheRetryNumberUpToTheCap(@ForAll @LongRange(min = 1, max = 5_000) long baseMs,
                                                 @ForAll @IntRange(min = 0, max = 70) int retry) {
        FullJitterBackoff backoff = new FullJitterBackoff(Duration.ofMillis(baseMs), Duration.ofSeconds(30).plusMillis(baseMs));
        assertThat(backoff.ceiling(retry + 1)).isGreaterThanOrEqualTo(backoff.ceiling(retry));
        assertThat(backoff.ceiling(retry)).isLessThanOrEqualTo(backoff.cap());
    }

    @Example
    void seedDefaultsDoubleFromOneSecondAndStopAtThirtySeconds() {
        FullJitterBackoff d = FullJitterBackoff.DEFAULT;
        assertThat(d.ceiling(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.ceiling(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(d.ceiling(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.ceiling(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    /** Full jitter spreads over the whole window, unlike equal jitter, which never goes below half. */
    @Example
    void delaysSpreadOverTheWholeWindow() {
        SplittableRandom random = new SplittableRandom(42);
        long ceiling = Duration.ofSeconds(8).toNanos();
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            long d = FullJitterBackoff.DEFAULT.delay(3, random).toNanos();
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        assertThat(min).isLessThan(ceiling / 20);
        assertThat(max).isGreaterThan(ceiling - ceiling / 20);
        assertThat(sum / n).isBetween(ceiling * 0.45, ceiling * 0.55);
    }

    @Example
    void zeroBaseMeansNoDelayAndBadArgumentsAreRejected() {
        assertThat(new FullJitterBackoff(Duration.ZERO, Duration.ZERO).delay(3, new SplittableRandom(1))).isZero();
        assertThatThrownBy(() -> new FullJitterBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FullJitterBackoff.DEFAULT.ceiling(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
