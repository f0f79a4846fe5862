package io.fmscope.query.exec;

/** The query's time window (epoch ms, both inclusive) and the instant it started, for now() and friends. */
public record QueryWindow(long startMillis, long endMillis, long nowMillis) {
    public boolean contains(long t) {
        return t >= startMillis && t <= endMillis;
    }
}
