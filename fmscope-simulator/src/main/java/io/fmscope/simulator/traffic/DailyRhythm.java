package io.fmscope.simulator.traffic;

import io.fmscope.simulator.scenario.Rhythm;

/**
 * How busy the store is at each moment relative to its daily mean, by the hour in Japan (JST, UTC+9):
 * quiet from 2 to 6 in the morning, rising through the morning, peaking at lunch and staying high through
 * business hours into the evening. Hourly weights are interpolated linearly between hour midpoints and
 * normalised so their mean over a day is exactly 1, so the configured rate is the daily mean.
 */
public final class DailyRhythm {
  private static final double[] JST_HOURLY = {
      0.55, 0.35, 0.22, 0.15, 0.12, 0.15, 0.30, 0.55, 0.85, 1.15, 1.35, 1.45,
      1.60, 1.50, 1.40, 1.35, 1.35, 1.35, 1.30, 1.35, 1.45, 1.40, 1.15, 0.85};
  private static final long JST_OFFSET_SECONDS = 9 * 3_600;

  private final double[] weights = new double[24];
  private final boolean flat;
  private final double max;

  public DailyRhythm(Rhythm rhythm) {
    flat = rhythm == Rhythm.FLAT;
    double mean = 0;
    for (double w : JST_HOURLY) {
      mean += w / 24;
    }
    double m = 0;
    for (int h = 0; h < 24; h++) {
      weights[h] = JST_HOURLY[h] / mean;
      m = Math.max(m, weights[h]);
    }
    max = flat ? 1 : m;
  }

  /** The factor at an instant, in epoch nanoseconds. */
  public double factor(long epochNanos) {
    if (flat) {
      return 1;
    }
    double secondsOfDay = Math.floorMod(Math.floorDiv(epochNanos, 1_000_000_000L) + JST_OFFSET_SECONDS, 86_400L)
        + Math.floorMod(epochNanos, 1_000_000_000L) / 1e9;
    double h = secondsOfDay / 3_600 - 0.5; // weights sit at hour midpoints
    int lo = Math.floorMod((int) Math.floor(h), 24);
    double frac = h - Math.floor(h);
    return weights[lo] * (1 - frac) + weights[(lo + 1) % 24] * frac;
  }

  /** The largest factor of the day, for thinning. */
  public double max() {
    return max;
  }
}
