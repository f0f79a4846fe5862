package io.fmscope.errors.trend;

import java.time.Instant;
import java.util.List;

/**
 * The seed's {@code ErrorTrend} for one category over a window, with the statistical test behind
 * {@code direction} and the per-bucket counts it was computed on.
 */
public record ErrorTrend(
        String category,
        long count,
        long windowMinutes,
        TrendDirection direction,
        double ratePerMinute,
        Instant firstSeen,
        Instant lastSeen,
        int affectedSessions,
        List<String> affectedModels,
        List<Long> bucketCounts,
        TrendResult test) {

    public ErrorTrend {
        affectedModels = List.copyOf(affectedModels);
        bucketCounts = List.copyOf(bucketCounts);
    }
}
