package io.fmscope.simulator.stats;

import io.fmscope.simulator.orchestrator.TurnResult;
import org.HdrHistogram.Histogram;

/**
 * Turn statistics over a sliding window of simulated time: one bucket per second, a ring of
 * {@code seconds} buckets, each with counts, cost and an HdrHistogram of end-to-end latency (1 ms to
 * 10 min, 3 significant digits). Also keeps the whole run's totals and latency histogram.
 */
public final class StatsWindow {
  private static final long MAX_MS = 600_000;

  private final int seconds;
  private final Bucket[] ring;
  private final Histogram total = new Histogram(MAX_MS, 3);
  private long requests;
  private long errors;
  private long cacheHits;
  private double cost;

  private static final class Bucket {
    long second = Long.MIN_VALUE;
    long count;
    long errors;
    long cacheHits;
    double cost;
    final Histogram latency = new Histogram(MAX_MS, 3);

    void reset(long s) {
      second = s;
      count = 0;
      errors = 0;
      cacheHits = 0;
      cost = 0;
      latency.reset();
    }
  }

  /** A snapshot over the window ending at the given second. */
  public record Snapshot(long count, long errors, long cacheHits, double cost, double p50Ms, double p99Ms,
      int seconds) {}

  public StatsWindow(int seconds) {
    this.seconds = seconds;
    this.ring = new Bucket[seconds];
    for (int i = 0; i < seconds; i++) {
      ring[i] = new Bucket();
    }
  }

  public void record(TurnResult r) {
    long s = r.at().getEpochSecond();
    long ms = Math.max(1, Math.min(MAX_MS, Math.round(r.e2eMs())));
    total.recordValue(ms);
    cost += r.costUsd();
    requests++;
    errors += r.failed() ? 1 : 0;
    cacheHits += r.cacheHit() ? 1 : 0;
    Bucket b = ring[(int) Math.floorMod(s, seconds)];
    if (b.second > s) {
      return; // older than the window (a turn that took longer than the window): totals only
    }
    if (b.second != s) {
      b.reset(s);
    }
    b.count++;
    b.latency.recordValue(ms);
    b.cost += r.costUsd();
    b.errors += r.failed() ? 1 : 0;
    b.cacheHits += r.cacheHit() ? 1 : 0;
  }

  /** The window of {@code seconds} seconds ending at epoch second {@code nowSecond} (inclusive). */
  public Snapshot window(long nowSecond) {
    Histogram h = new Histogram(MAX_MS, 3);
    long n = 0;
    long e = 0;
    long c = 0;
    double usd = 0;
    for (Bucket b : ring) {
      if (b.second > nowSecond - seconds && b.second <= nowSecond) {
        n += b.count;
        e += b.errors;
        c += b.cacheHits;
        usd += b.cost;
        h.add(b.latency);
      }
    }
    return new Snapshot(n, e, c, usd, n == 0 ? 0 : h.getValueAtPercentile(50), n == 0 ? 0 : h.getValueAtPercentile(99),
        seconds);
  }

  public long requests() {
    return requests;
  }

  public long errors() {
    return errors;
  }

  public long cacheHits() {
    return cacheHits;
  }

  public double cost() {
    return cost;
  }

  public double percentile(double p) {
    return requests == 0 ? 0 : total.getValueAtPercentile(p);
  }
}
