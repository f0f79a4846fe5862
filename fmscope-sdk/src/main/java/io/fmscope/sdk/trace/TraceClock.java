package io.fmscope.sdk.trace;

/**
 * Where the tracer reads time, in nanoseconds since the epoch. Span start/end stamps and the timing summary
 * come from the same clock, so the summary's durations equal the exported spans' durations exactly.
 */
@FunctionalInterface
public interface TraceClock {
    long epochNanos();

    /** Wall-clock anchored once, then advanced by {@link System#nanoTime()} so durations are monotonic. */
    static TraceClock system() {
        long anchorEpoch = System.currentTimeMillis() * 1_000_000L;
        long anchorNano = System.nanoTime();
        return () -> anchorEpoch + (System.nanoTime() - anchorNano);
    }
}
