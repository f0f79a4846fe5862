package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {
    @Test
    void eventsSpanningMoreThanTheBucketsCoarsenWithoutLosingCounts() {
        TimeBuckets t = new TimeBuckets(1_000, 16, Long.MAX_VALUE);
        for (long s = 0; s < 1_000; s++) t.add(s * 1_000, 1);
        TimeBuckets.Stored s = t.stored();
        assertThat(s.counts().length).isLessThanOrEqualTo(16);
        assertThat(t.width()).isEqualTo(64_000); // 1 s doubled until 16 buckets cover 1000 s
        assertThat(Arrays.stream(s.counts()).sum()).isEqualTo(1_000);
    }

    @Test
    void pastTheRetentionTheOldestBucketsAreDropped() {
        TimeBuckets t = new TimeBuckets(60_000, 24, 24 * 3_600_000L);
        for (long m = 0; m < 48 * 60; m++) t.add(m * 60_000, 1);
        // one minute doubled until 24 buckets cover 24 hours: 64 minutes
        assertThat(t.width()).isEqualTo(64 * 60_000);
        // the last 24 buckets (indexes 21..44 of 64 minutes) hold minutes 1344..2879; older ones were dropped
        assertThat(t.stored().lo()).isEqualTo(21);
        assertThat(Arrays.stream(t.stored().counts()).sum()).isEqualTo(2880 - 21 * 64);
        t.add(0, 5); // older than the retention behind the newest event: dropped
        assertThat(Arrays.stream(t.stored().counts()).sum()).isEqualTo(2880 - 21 * 64);
    }

    @Test
    void lateEventsExtendTheBucketsBackwards() {
        TimeBuckets t = new TimeBuckets(1_000, 100, Long.MAX_VALUE);
        t.add(50_000, 1);
        t.add(10_000, 2);
        TimeBuckets.Stored s = t.stored();
        assertThat(s.lo()).isEqualTo(10);
        assertThat(s.counts()[0]).isEqualTo(2);
        assertThat(s.counts()[40]).isEqualTo(1);
    }

    @Test
    void theSeriesSplitsTheWindowEndingAtTheGivenTime() {
        TimeBuckets t = new TimeBuckets(1_000, 512, Long.MAX_VALUE);
        for (int i = 0; i < 12; i++) for (int k = 0; k <= i; k++) t.add(i * 10_000L + k * 100, 1);
        assertThat(t.series(120_000, 120_000, 12, 4)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(t.series(120_000, 60_000, 12, 4)).hasSize(12);
        assertThat(t.series(120_000, 3_000, 12, 4)).isNull(); // three one-second buckets: too coarse to test
    }

    @Test
    void restoringGivesTheSameBuckets() {
        TimeBuckets t = new TimeBuckets(1_000, 64, Long.MAX_VALUE);
        for (int i = 0; i < 500; i += 7) t.add(1_700_000_000_000L + i * 3_000L, i);
        TimeBuckets back = TimeBuckets.restore(t.stored(), 64, Long.MAX_VALUE);
        assertThat(back.stored().lo()).isEqualTo(t.stored().lo());
        assertThat(back.stored().counts()).containsExactly(t.stored().counts());
        assertThat(back.width()).isEqualTo(t.width());
    }
}
