package io.fmscope.traces.analytics;

import java.util.List;

/**
 * Throttling per model (or downstream node for non-model calls) in time bins, and the bursts found: runs of
 * bins whose throttle count is well above the model's normal (median + 4 spreads + 2, the spread being the
 * larger of the scaled MAD and the square root of the mean count; at least 3 throttles in the run). {@code bursts} is ranked by excess throttles (throttles above normal over the run).
 */
public record ThrottleReport(long fromNanos, long toNanos, long binNanos, List<Burst> bursts, List<ModelTimeline> models) {
    public ThrottleReport {
        bursts = List.copyOf(bursts);
        models = List.copyOf(models);
    }

    public record Burst(String model, long startNanos, long endNanos, long throttles, long calls, double throttleRate,
                        long peakPerBin, double normalPerBin, double excessThrottles) {
    }

    /** @param bins one per bin from {@code fromNanos}: calls and throttles */
    public record ModelTimeline(String model, long calls, long throttles, List<Bin> bins) {
        public ModelTimeline {
            bins = List.copyOf(bins);
        }
    }

    public record Bin(long startNanos, long calls, long throttles) {
    }
}
