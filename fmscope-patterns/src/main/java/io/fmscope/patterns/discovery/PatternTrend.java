package io.fmscope.patterns.discovery;

import io.fmscope.errors.trend.TrendDirection;
import io.fmscope.errors.trend.TrendResult;
import java.time.Instant;
import java.util.List;

/**
 * A pattern's trend: its occurrences in equal buckets of {@code [from, to]}, tested with the errors module's
 * Mann-Kendall test ({@link io.fmscope.errors.trend.MannKendall}).
 */
public record PatternTrend(Instant from, Instant to, List<Long> bucketCounts, TrendResult test) {
    public PatternTrend {
        bucketCounts = List.copyOf(bucketCounts);
    }

    public TrendDirection direction() {
        return test.direction();
    }
}
