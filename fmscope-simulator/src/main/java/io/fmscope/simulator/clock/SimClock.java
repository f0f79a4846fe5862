package io.fmscope.simulator.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time in epoch nanoseconds, moved only by the simulation: set to a turn's arrival, then
 * advanced by each simulated latency and backoff. It is a {@link Clock}, so the SDK's logger,
 * invoker and circuit breakers read it like wall time. Confined to the simulation thread.
 */
public final class SimClock extends Clock {
  private long nanos;

  public SimClock(Instant start) {
    set(start);
  }

  public void set(Instant at) {
    nanos = toNanos(at);
  }

  public void setNanos(long epochNanos) {
    nanos = epochNanos;
  }

  /** Moves time forward by {@code ms} milliseconds (negative and NaN values are ignored). */
  public void advanceMillis(double ms) {
    if (ms > 0) {
      nanos += Math.round(ms * 1_000_000.0);
    }
  }

  public long epochNanos() {
    return nanos;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  @Override
  public long millis() {
    return Math.floorDiv(nanos, 1_000_000L);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Simulated time has no zone of its own; the same clock is returned. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  public static long toNanos(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
  }
}
