package io.fmscope.query.mining;

/**
 * One anomaly of a pattern.
 *
 * @param type        PatternFrequency, NewPattern, TokenVariation, NumericToken or HttpErrorCode
 * @param pValue      the test's p-value (Bonferroni-adjusted where a pattern is tested several times)
 * @param score       {@link Stats#score(double)} of the p-value
 * @param description what was seen, in numbers
 */
public record Anomaly(String type, double pValue, double score, String description) {
    /** A pattern is flagged when the p-value of a kind's test is below this. */
    public static final double ALPHA = 0.01;

    static Anomaly of(String type, double p, String description) {
        return new Anomaly(type, p, Stats.score(p), description);
    }
}
