package io.fmscope.traces.analytics;

/** One bar of a response-time histogram: calls whose duration is at most {@code upToSeconds} (and above the previous bar). */
public record HistogramBin(double upToSeconds, long count) {
}
