package io.fmscope.traces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
public final class MutableClock extends Clock {
    private long millis;

    public MutableClock(long millis) {
        this.millis = millis;
    }

    public void set(long m) {
        millis = m;
    }

    public void advance(long ms) {
        millis += ms;
    }

    @Override public long millis() {
        return millis;
    }

    @Override public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override public Clock withZone(ZoneId zone) {
        return this;
    }
}
