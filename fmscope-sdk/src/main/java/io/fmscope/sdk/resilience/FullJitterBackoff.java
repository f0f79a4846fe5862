package io.fmscope.sdk.resilience;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * {@code sleep = random_between(0, min(cap, base * 2^retry))}, with {@code retry} = 0 before the
 * first retry. Full jitter spreads a crowd of clients that failed together over the whole window.
 */
public record FullJitterBackoff(Duration base, Duration cap) {

    /** Seed EP-001: "exponential backoff with jitter (base=1s, max=30s)". */
    public static final FullJitterBackoff DEFAULT = new FullJitterBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public FullJitterBackoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || cap.isNegative()) throw new IllegalArgumentException("negative base or cap");
        if (cap.compareTo(base) < 0) throw new IllegalArgumentException("cap " + cap + " < base " + base);
    }

    /** The window's upper bound {@code min(cap, base * 2^retry)}, without overflow. */
    public Duration ceiling(int retry) {
        if (retry < 0) throw new IllegalArgumentException("retry < 0");
        long b = nanos(base);
        long c = nanos(cap);
        if (b == 0) return Duration.ZERO;
        if (retry >= Long.SIZE - 1 || b > (c >> retry)) return Duration.ofNanos(c);
        return Duration.ofNanos(b << retry);
    }

    /** A uniformly random delay in {@code [0, ceiling(retry)]}, nanosecond resolution. */
    public Duration delay(int retry, RandomGenerator random) {
        long ceiling = ceiling(retry).toNanos();
        if (ceiling == 0) return Duration.ZERO;
        long draw = ceiling == Long.MAX_VALUE ? random.nextLong(0, Long.MAX_VALUE) : random.nextLong(ceiling + 1);
        return Duration.ofNanos(draw);
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
