package io.fmscope.errors.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErrorStatsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final ErrorStats stats = new ErrorStats(clock);

    @Test
    void aGrowingBurstIsIncreasingWithRateFirstLastAndAffectedCounts() {
        for (int minute = 0; minute < 60; minute++) {
            for (int k = 0; k < minute / 5; k++)
                stats.record("MODEL_THROTTLE", "s-" + (minute % 7), k % 2 == 0 ? "claude-3-sonnet" : "claude-3-haiku");
            clock.advance(Duration.ofMinutes(1));
        }

        ErrorTrend trend = stats.trend("MODEL_THROTTLE", Duration.ofHours(1), 12, 0.05).orElseThrow();

        long expected = java.util.stream.IntStream.range(0, 60).map(m -> m / 5).sum();
        assertThat(trend.count()).isEqualTo(expected);
        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.ratePerMinute()).isCloseTo(expected / 60.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(trend.firstSeen()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(trend.lastSeen()).isEqualTo(T0.plus(Duration.ofMinutes(59)));
        assertThat(trend.affectedSessions()).isEqualTo(7);
        assertThat(trend.affectedModels()).containsExactly("claude-3-haiku", "claude-3-sonnet");
        assertThat(trend.bucketCounts()).hasSize(12).doesNotContainNull();
        assertThat(trend.bucketCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
    }

    @Test
    void onlyEventsInsideTheWindowCount() {
        stats.record("CACHE_FAILURE", null, null);
        clock.advance(Duration.ofMinutes(90));
        stats.record("CACHE_FAILURE", null, null);

        assertThat(stats.trend("CACHE_FAILURE", Duration.ofHours(1), 6, 0.05).orElseThrow().count()).isEqualTo(1);
        assertThat(stats.trend("NETWORK", Duration.ofHours(1), 6, 0.05)).isEmpty();
        assertThat(stats.counts()).containsEntry("CACHE_FAILURE", 2L);
    }

    @Test
    void retentionAndCapBoundMemoryButNotTheTotalCount() {
        var bounded = new ErrorStats(clock, Duration.ofMinutes(30), 10);
        for (int i = 0; i < 50; i++) {
            bounded.record("NETWORK", null, null);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(bounded.trend("NETWORK", Duration.ofHours(1), 4, 0.05).orElseThrow().count()).isEqualTo(10);
        assertThat(bounded.counts()).containsEntry("NETWORK", 50L);
    }
}
