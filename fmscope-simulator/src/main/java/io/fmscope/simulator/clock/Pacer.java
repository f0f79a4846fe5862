package io.fmscope.simulator.clock;

import java.util.function.LongSupplier;

/**
 * Keeps simulated time in step with wall time at a speed factor: simulated second {@code s} after
 * the start is reached {@code s / speed} wall seconds after the run began. An infinite speed runs as
 * fast as the machine allows. Sleeps in slices so a stop request is noticed quickly.
 */
public final class Pacer {
  private static final long MAX_SLICE_NANOS = 100_000_000L;

  private final double speed;
  private final long simStartNanos;
  private final LongSupplier wallNanos;
  private final NanoSleeper sleeper;
  private long wallStartNanos = Long.MIN_VALUE;

  /** Sleeps for a number of wall nanoseconds (tests advance a fake wall clock instead). */
  @FunctionalInterface
  public interface NanoSleeper {
    void sleep(long nanos) throws InterruptedException;

    static NanoSleeper system() {
      return n -> Thread.sleep(n / 1_000_000L, (int) (n % 1_000_000L));
    }
  }

  /**
   * @param speed simulated seconds per wall second; {@link Double#POSITIVE_INFINITY} for no pacing
   * @param simStartNanos simulated epoch nanos at which the run starts
   * @param wallNanos a monotonic wall clock, e.g. {@code System::nanoTime}
   */
  public Pacer(double speed, long simStartNanos, LongSupplier wallNanos, NanoSleeper sleeper) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be > 0, got " + speed);
    }
    this.speed = speed;
    this.simStartNanos = simStartNanos;
    this.wallNanos = wallNanos;
    this.sleeper = sleeper;
  }

  public boolean paced() {
    return !Double.isInfinite(speed);
  }

  /** Waits until the wall clock has reached simulated time {@code simNanos}. */
  public void await(long simNanos) throws InterruptedException {
    if (!paced()) {
      return;
    }
    if (wallStartNanos == Long.MIN_VALUE) {
      wallStartNanos = wallNanos.getAsLong();
    }
    long due = wallStartNanos + (long) ((simNanos - simStartNanos) / speed);
    for (long left = due - wallNanos.getAsLong(); left > 0; left = due - wallNanos.getAsLong()) {
      sleeper.sleep(Math.min(left, MAX_SLICE_NANOS));
    }
  }
}
