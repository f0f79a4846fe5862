package io.fmscope.sdk.trace;

/** A clock the test advances by hand. */
final class ManualClock implements TraceClock {
    private long now;

    ManualClock(long startEpochNanos) {
        this.now = startEpochNanos;
    }

    void advanceMillis(long ms) {
        now += ms * 1_000_000L;
    }

    @Override public long epochNanos() {
        return now;
    }
}
