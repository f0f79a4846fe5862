package io.fmscope.traces.metrics;

import org.HdrHistogram.Histogram;

/**
 * Rate, errors and duration of one key: counts with X-Ray's flags and a duration histogram (HdrHistogram,
 * microseconds, 3 significant digits). Immutable: the histogram is a private copy.
 */
public final class RedStats {
    private final long count;
    private final long errors;
    private final long throttles;
    private final long faults;
    private final Histogram durations;

    RedStats(long count, long errors, long throttles, long faults, Histogram durations) {
        this.count = count;
        this.errors = errors;
        this.throttles = throttles;
        this.faults = faults;
        this.durations = durations.copy();
    }

    public long count() {
        return count;
    }

    /** 4xx, throttles included (X-Ray's error flag). */
    public long errors() {
        return errors;
    }

    public long throttles() {
        return throttles;
    }

    public long faults() {
        return faults;
    }

    /** Duration at {@code percentile} (0-100) in milliseconds; 0 when empty. */
    public double percentileMillis(double percentile) {
        return count == 0 ? 0 : durations.getValueAtPercentile(percentile) / 1000.0;
    }

    public double meanMillis() {
        return count == 0 ? 0 : durations.getMean() / 1000.0;
    }

    public double maxMillis() {
        return count == 0 ? 0 : durations.getMaxValue() / 1000.0;
    }

    /** A copy of the histogram (microseconds). */
    public Histogram histogram() {
        return durations.copy();
    }

    RedStats plus(RedStats o) {
        Histogram h = durations.copy();
        h.add(o.durations);
        return new RedStats(count + o.count, errors + o.errors, throttles + o.throttles, faults + o.faults, h);
    }

    @Override public boolean equals(Object o) {
        return o instanceof RedStats r && count == r.count && errors == r.errors && throttles == r.throttles
                && faults == r.faults && durations.equals(r.durations);
    }

    @Override public int hashCode() {
        return Long.hashCode(count * 31 + errors * 17 + faults);
    }

    @Override public String toString() {
        return "RedStats[count=" + count + ", errors=" + errors + ", throttles=" + throttles + ", faults=" + faults
                + ", p50=" + percentileMillis(50) + "ms, p99=" + percentileMillis(99) + "ms]";
    }
}
