package io.fmscope.patterns.discovery;

import io.fmscope.errors.trend.MannKendall;
import io.fmscope.patterns.MinerConfig;
import java.time.Duration;

/**
 * Settings of {@link ErrorDiscovery}.
 *
 * @param miner            the template miner of each log group
 * @param maxLogGroups     log groups tracked; errors of further groups are mined in {@link #OVERFLOW_GROUP}
 * @param maxTrackedValues distinct models, sessions, services and codes counted per pattern (Space-Saving)
 * @param trendWindow      window of the trend, ending at the report time
 * @param trendBuckets     buckets the window is split into for the Mann-Kendall test
 * @param alpha            significance level of the trend test
 * @param bucketWidth      finest time resolution kept per pattern (doubles when events span more)
 * @param maxTimeBuckets   time buckets kept per pattern
 * @param retention        how far back per-pattern time buckets reach; older ones are dropped
 */
public record DiscoveryConfig(MinerConfig miner, int maxLogGroups, int maxTrackedValues, Duration trendWindow,
                              int trendBuckets, double alpha, Duration bucketWidth, int maxTimeBuckets,
                              Duration retention) {
    public static final String OVERFLOW_GROUP = "(other groups)";

    public DiscoveryConfig {
        if (maxLogGroups < 1) throw new IllegalArgumentException("maxLogGroups must be at least 1");
        if (maxTrackedValues < 1) throw new IllegalArgumentException("maxTrackedValues must be at least 1");
        if (trendWindow.isNegative() || trendWindow.isZero()) throw new IllegalArgumentException("trendWindow must be positive");
        if (trendBuckets < 4) throw new IllegalArgumentException("trendBuckets must be at least 4 (Mann-Kendall)");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1)");
        if (bucketWidth.toMillis() < 1) throw new IllegalArgumentException("bucketWidth must be at least 1 ms");
        if (maxTimeBuckets < trendBuckets) throw new IllegalArgumentException("maxTimeBuckets must be >= trendBuckets");
        if (retention.compareTo(bucketWidth) < 0) throw new IllegalArgumentException("retention must cover a bucket");
    }

    /** One hour in 12 buckets at alpha 0.05 (as the catalog's trends), one-second resolution, 24 hours kept. */
    public static DiscoveryConfig defaults() {
        return new DiscoveryConfig(MinerConfig.defaults(), 1_000, 100, Duration.ofHours(1), 12,
            MannKendall.DEFAULT_ALPHA, Duration.ofSeconds(1), 512, Duration.ofHours(24));
    }

    public DiscoveryConfig withTrendWindow(Duration window) {
        return new DiscoveryConfig(miner, maxLogGroups, maxTrackedValues, window, trendBuckets, alpha, bucketWidth,
            maxTimeBuckets, retention);
    }

    /** Keeps every time bucket (coarsening instead of dropping): for files mined once, whatever their span. */
    public DiscoveryConfig withUnboundedRetention() {
        return new DiscoveryConfig(miner, maxLogGroups, maxTrackedValues, trendWindow, trendBuckets, alpha,
            bucketWidth, maxTimeBuckets, Duration.ofMillis(Long.MAX_VALUE));
    }
}
