package io.fmscope.incidents.stats;

/**
 * The outcome of {@link RateTest#compare}: the counts, both rates and the one-sided p-value of "the recent rate is
 * higher". {@code baselineRate} carries half an event of prior, so it is never zero.
 */
public record RateComparison(long x, long n, long xb, long nb, double rate, double baselineRate, double pValue) {

    /** How many times the baseline rate the recent rate is. */
    public double ratio() {
        return rate / baselineRate;
    }

    /** Recent rate minus baseline rate (a share of the opportunities: 0.05 is five percentage points). */
    public double excess() {
        return rate - baselineRate;
    }

    /** Events above what the baseline rate predicts for {@code n} opportunities (never negative). */
    public double excessEvents() {
        return Math.max(0, x - baselineRate * n);
    }
}
