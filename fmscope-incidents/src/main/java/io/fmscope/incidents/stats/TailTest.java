package io.fmscope.incidents.stats;

/**
 * Compares a metric's distribution with the baseline's by its tail: the share of samples beyond the baseline's
 * {@code tailQuantile} (above it when higher is worse, below the mirrored quantile otherwise) is a rate like any
 * other and goes through {@link RateTest}. Distribution-free, and it catches both a shift of everything and a
 * share of requests turning slow. {@code shift} is how far the 90th (or 10th) percentile moved in the bad direction.
 */
public final class TailTest {
    private TailTest() {}

    public record Result(RateComparison rate, int edge, double threshold, double shift) {}

    public static Result compare(LogHistogram now, LogHistogram baseline, boolean worseUp, double tailQuantile) {
        int edge = edge(baseline, worseUp, tailQuantile);
        RateComparison rate = RateTest.compare(beyond(now, edge, worseUp), now.count(), beyond(baseline, edge, worseUp),
                baseline.count());
        double q = worseUp ? 0.9 : 0.1;
        double shift = worseUp ? now.quantile(q) - baseline.quantile(q) : baseline.quantile(q) - now.quantile(q);
        return new Result(rate, edge, LogHistogram.lowerBound(edge), shift);
    }

    /** The bucket index the tail starts at (inclusive when worse is up, exclusive otherwise). */
    public static int edge(LogHistogram baseline, boolean worseUp, double tailQuantile) {
        return worseUp ? baseline.quantileIndex(tailQuantile) + 1 : baseline.quantileIndex(1 - tailQuantile);
    }

    /** Samples of {@code h} in the tail that starts at {@code edge}. */
    public static long beyond(LogHistogram h, int edge, boolean worseUp) {
        return worseUp ? h.countFrom(edge) : h.countBelow(edge);
    }

    /** Shift of the median in standard errors of a median of n draws from the baseline (spread by its MAD). */
    public static double robustZ(LogHistogram now, LogHistogram baseline) {
        double median = baseline.quantile(0.5);
        double sigma = 1.4826 * baseline.medianAbsoluteDeviation();
        // A baseline with no spread at this resolution still has the bucket width (2%) of uncertainty.
        sigma = Math.max(sigma, median * (LogHistogram.GAMMA - 1));
        if (!(sigma > 0) || now.count() == 0) return 0;
        return (now.quantile(0.5) - median) / (1.2533 * sigma / Math.sqrt(now.count()));
    }
}
