package io.fmscope.incidents.stats;

/**
 * Compares the rate of something (errors, slow calls) in a recent window with a baseline window. The test is
 * the exact conditional test for two Poisson rates: given the {@code x + xb} events seen in both windows, under
 * "same rate" each one falls in the recent window with probability {@code n / (n + nb)}, so
 * {@code p = P(Binomial(x + xb, n / (n + nb)) ≥ x)}. Conditioning makes the baseline's own noise part of the test,
 * which matters right after start-up when the baseline holds a minute of traffic.
 */
public final class RateTest {
    private RateTest() {}

    /**
     * @param x  events of interest in the recent window
     * @param n  opportunities in the recent window (calls, retrievals, samples)
     * @param xb events of interest in the baseline
     * @param nb opportunities in the baseline
     */
    public static RateComparison compare(long x, long n, long xb, long nb) {
        if (x < 0 || n < 0 || xb < 0 || nb < 0 || x > n || xb > nb)
            throw new IllegalArgumentException("bad counts x=" + x + " n=" + n + " xb=" + xb + " nb=" + nb);
        double rate = n == 0 ? 0 : (double) x / n;
        // Half an event of prior keeps a baseline that never saw the event from claiming a zero rate.
        double baselineRate = (xb + 0.5) / (nb + 1.0);
        double p = n == 0 || nb == 0 ? 1 : Binomial.upperTail(x, x + xb, (double) n / (n + nb));
        return new RateComparison(x, n, xb, nb, rate, baselineRate, p);
    }
}
