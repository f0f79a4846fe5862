package io.fmscope.incidents.stats;

/** Tail probabilities of the binomial distribution, exact through the incomplete beta function. */
public final class Binomial {
    private Binomial() {}

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    public static double upperTail(long k, long n, double p) {
        if (n < 0 || p < 0 || p > 1) throw new IllegalArgumentException("bad binomial n=" + n + " p=" + p);
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p == 0) return 0;
        if (p == 1) return 1;
        // P(X >= k) = I_p(k, n - k + 1)
        return SpecialFunctions.regularizedBeta(p, k, n - k + 1);
    }

    /** P(X = k) for X ~ Binomial(n, p), by log-gamma (used by tests as a reference). */
    public static double pmf(long k, long n, double p) {
        if (k < 0 || k > n) return 0;
        if (p == 0) return k == 0 ? 1 : 0;
        if (p == 1) return k == n ? 1 : 0;
        double log = SpecialFunctions.logGamma(n + 1) - SpecialFunctions.logGamma(k + 1)
                - SpecialFunctions.logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
        return Math.exp(log);
    }
}
