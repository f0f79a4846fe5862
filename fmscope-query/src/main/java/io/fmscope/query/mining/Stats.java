package io.fmscope.query.mining;

import java.util.Arrays;

/**
 * The tests behind {@code diff} and {@code anomaly}: exact binomial tails (through the regularized incomplete beta
 * function, so a tail costs the same for ten events or ten million), the normal tail, and the Mann–Whitney U test.
 */
public final class Stats {
    /** Lanczos coefficients of Numerical Recipes' gammln (3rd edition): relative error below 1e-15. */
    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
        -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
        .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
        .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};

    private Stats() {}

    /** ln Γ(x) for x &gt; 0. */
    static double lnGamma(double x) {
        double y = x;
        double t = x + 5.24218750000000000;
        t = (x + 0.5) * Math.log(t) - t;
        double series = 0.999999999999997092;
        for (double c : LANCZOS) series += c / ++y;
        return t + Math.log(2.5066282746310005 * series / x);
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double betaRegularized(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) return front * betaFraction(x, a, b) / a;
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    /** Continued fraction of the incomplete beta function (modified Lentz). */
    private static double betaFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + num * d, tiny);
            c = nonZero(1 + num / c, tiny);
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + num * d, tiny);
            c = nonZero(1 + num / c, tiny);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) break;
        }
        return h;
    }

    private static double nonZero(double v, double tiny) {
        return Math.abs(v) < tiny ? tiny : v;
    }

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    public static double binomialAtLeast(long k, long n, double p) {
        if (k <= 0) return 1;
        if (k > n) return 0;
        return betaRegularized(p, k, n - k + 1);
    }

    /** P(X ≤ k) for X ~ Binomial(n, p). */
    public static double binomialAtMost(long k, long n, double p) {
        if (k < 0) return 0;
        if (k >= n) return 1;
        return betaRegularized(1 - p, n - k, k + 1);
    }

    /** P(Z &gt; z) for a standard normal Z (erfc approximation, fractional error below 1.2e-7). */
    public static double normalUpper(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
                + t * 0.17087277)))))))));
        return z >= 0 ? erfc / 2 : 1 - erfc / 2;
    }

    /**
     * Two-sided p-value of the Mann–Whitney U test that {@code a} and {@code b} come from the same distribution:
     * normal approximation with mid-ranks for ties, the tie-corrected variance and a continuity correction.
     */
    public static double mannWhitney(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int n1 = x.length;
        int n2 = y.length;
        int n = n1 + n2;
        double rankSumA = 0;
        double ties = 0;
        int i = 0;
        int j = 0;
        while (i < n1 || j < n2) { // merge the sorted samples; equal values share their mid-rank
            double v = j >= n2 || (i < n1 && x[i] <= y[j]) ? x[i] : y[j];
            int fromA = 0;
            int fromB = 0;
            while (i < n1 && x[i] == v) {
                i++;
                fromA++;
            }
            while (j < n2 && y[j] == v) {
                j++;
                fromB++;
            }
            int t = fromA + fromB;
            int before = i + j - t;
            rankSumA += fromA * (before + 1 + before + t) / 2.0;
            ties += (double) t * t * t - t;
        }
        double u = rankSumA - n1 * (n1 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - ties / ((double) n * (n - 1)));
        if (variance <= 0) return 1;
        double z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * normalUpper(Math.max(0, z)));
    }

    /** {@code @anomalyScore}: min(1, −log10(p) / 10), three decimals; 0.2 at p = 0.01, 1 at p ≤ 1e−10. */
    public static double score(double p) {
        double s = Math.min(1, -Math.log10(Math.max(p, 1e-300)) / 10);
        return Math.round(s * 1000) / 1000.0;
    }
}
