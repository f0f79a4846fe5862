package io.fmscope.query.mining;

/**
 * How a pattern's count changed between the comparison range and the query's range (equal lengths), for
 * {@code diff}. {@code status}: {@code new} (none before), {@code gone} (none now), {@code increased} /
 * {@code decreased} when the two-sided binomial test says the change is real (given n = current + previous events,
 * under an unchanged rate each falls in either range with probability ½; p &lt; {@link #ALPHA}), else
 * {@code unchanged}.
 */
public record WindowChange(long current, long previous) {
    public static final double ALPHA = 0.05;

    public String status() {
        if (current == 0) return "gone";
        if (previous == 0) return "new";
        return pValue() < ALPHA ? (current > previous ? "increased" : "decreased") : "unchanged";
    }

    /** Two-sided p-value of the binomial test. */
    public double pValue() {
        long n = current + previous;
        double tail = Math.min(Stats.binomialAtLeast(current, n, 0.5), Stats.binomialAtMost(current, n, 0.5));
        return Math.min(1, 2 * tail);
    }

    /** (current − previous) / previous to four decimals; null for a new pattern. */
    public Double changeRatio() {
        if (previous == 0) return null;
        return Math.round((current - previous) / (double) previous * 10_000) / 10_000.0;
    }
}
