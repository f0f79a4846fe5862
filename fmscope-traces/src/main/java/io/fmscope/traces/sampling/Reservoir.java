package io.fmscope.traces.sampling;

/** X-Ray's reservoir: up to {@code perSecond} keeps in each clock second, shared by all shards. */
final class Reservoir {
    private final int perSecond;
    private long second = Long.MIN_VALUE;
    private int used;

    Reservoir(int perSecond) {
        this.perSecond = perSecond;
    }

    synchronized boolean take(long nowMillis) {
        if (perSecond == 0) return false;
        long s = Math.floorDiv(nowMillis, 1000);
        if (s != second) {
            second = s;
            used = 0;
        }
        if (used >= perSecond) return false;
        used++;
        return true;
    }
}
