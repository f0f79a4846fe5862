package io.fmscope.errors.trend;

/**
 * Mann-Kendall test result over per-bucket counts: the statistic S, its tie-corrected normal score Z, the
 * two-sided p-value, Sen's slope (median change in count per bucket) and the decision at {@code alpha}.
 */
public record TrendResult(TrendDirection direction, long s, double z, double pValue, double senSlope, int buckets, double alpha) {}
