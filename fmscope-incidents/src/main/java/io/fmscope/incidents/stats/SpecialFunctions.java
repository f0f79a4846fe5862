package io.fmscope.incidents.stats;

/**
 * The two special functions the tests need: log-gamma (Lanczos, g = 7, nine coefficients; about 15 significant
 * digits) and the regularized incomplete beta function (modified Lentz continued fraction, as in Numerical
 * Recipes 6.4). Written out because they are a few lines and the project takes no maths library.
 */
public final class SpecialFunctions {
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;

    private SpecialFunctions() {}

    /** ln Γ(x) for x > 0. */
    public static double logGamma(double x) {
        if (!(x > 0)) throw new IllegalArgumentException("logGamma needs x > 0: " + x);
        if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
        double t = z + 7.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** I_x(a, b), the regularized incomplete beta function, for a, b > 0 and 0 ≤ x ≤ 1. */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(a > 0 && b > 0)) throw new IllegalArgumentException("regularizedBeta needs a, b > 0");
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
        if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) d = TINY;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) return h;
        }
        return h; // not converged within the cap: the best estimate so far (only for extreme a, b)
    }
}
