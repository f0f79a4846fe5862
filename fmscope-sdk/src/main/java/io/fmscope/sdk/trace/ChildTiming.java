package io.fmscope.sdk.trace;

/** One child's timing in the {@link TimingSummary}, as the seed's {@code SubsegmentTiming}. */
public record ChildTiming(String name, Component component, long startEpochNanos, long endEpochNanos,
                          boolean error, boolean throttle, boolean fault) {
    public double durationMs() {
        return (endEpochNanos - startEpochNanos) / 1e6;
    }
}
