package io.fmscope.server.xray;

/** X-Ray's float epoch seconds (microsecond resolution) to and from epoch nanoseconds. */
public final class XRayTime {
    private XRayTime() {
    }

    public static long nanos(double epochSeconds) {
        return Math.round(epochSeconds * 1_000_000d) * 1000L;
    }

    public static double seconds(long epochNanos) {
        return Math.floorDiv(epochNanos, 1000L) / 1_000_000d;
    }

    /** A duration in seconds, rounded to the microsecond. */
    public static double durationSeconds(long nanos) {
        return Math.round(nanos / 1000d) / 1_000_000d;
    }
}
