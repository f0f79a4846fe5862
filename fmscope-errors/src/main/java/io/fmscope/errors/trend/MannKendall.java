package io.fmscope.errors.trend;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The Mann-Kendall trend test (Mann 1945, Kendall 1975) on a count series, with the variance correction for
 * ties (counts tie often) and continuity correction, plus Sen's slope. Chosen over the seed's first-half vs
 * second-half comparison because it makes no distribution assumption, uses every pair of buckets, and gives a
 * p-value: a flat but noisy series is called stable at the stated false-alarm rate {@code alpha}.
 * The normal approximation is the textbook one; below 4 buckets no decision is made (stable, p = 1).
 */
public final class MannKendall {
    public static final double DEFAULT_ALPHA = 0.05;
    static final int MIN_BUCKETS = 4;

    private MannKendall() {}

    public static TrendResult test(long[] counts, double alpha) {
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1)");
        int n = counts.length;
        double slope = senSlope(counts);
        if (n < MIN_BUCKETS) return new TrendResult(TrendDirection.STABLE, 0, 0, 1, slope, n, alpha);
        long s = 0;
        for (int i = 0; i < n - 1; i++)
            for (int j = i + 1; j < n; j++) s += Long.signum(counts[j] - counts[i]);
        double variance = variance(counts);
        if (variance <= 0) return new TrendResult(TrendDirection.STABLE, s, 0, 1, slope, n, alpha);
        double z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
        double p = Math.min(1, 2 * (1 - Normal.cdf(Math.abs(z))));
        TrendDirection direction = p >= alpha ? TrendDirection.STABLE
                : s > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
        return new TrendResult(direction, s, z, p, slope, n, alpha);
    }

    /** Var(S) = [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18. */
    static double variance(long[] counts) {
        long n = counts.length;
        var ties = new HashMap<Long, Long>();
        for (long c : counts) ties.merge(c, 1L, Long::sum);
        double tieTerm = 0;
        for (long t : ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
        return (n * (n - 1) * (2 * n + 5) - tieTerm) / 18.0;
    }

    /** Median of (x_j - x_i) / (j - i) over all pairs i < j; 0 for fewer than two points. */
    static double senSlope(long[] counts) {
        int n = counts.length;
        if (n < 2) return 0;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++)
            for (int j = i + 1; j < n; j++) slopes[k++] = (double) (counts[j] - counts[i]) / (j - i);
        Arrays.sort(slopes);
        return k % 2 == 1 ? slopes[k / 2] : (slopes[k / 2 - 1] + slopes[k / 2]) / 2;
    }
}
