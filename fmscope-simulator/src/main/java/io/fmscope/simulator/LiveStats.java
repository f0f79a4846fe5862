package io.fmscope.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot for a live display, over the last minute of simulated time (rates, percentiles, error
 * rate, cost per hour) plus totals since the start.
 *
 * @param simTime the simulated time of the snapshot
 * @param elapsed simulated time since the run started
 * @param requestsPerSecond turns per simulated second over the window
 * @param p50Ms median end-to-end latency over the window
 * @param p99Ms 99th percentile end-to-end latency over the window
 * @param errorRate share of turns over the window whose status is not SUCCESS
 * @param costPerHourUsd Bedrock spend over the window, extrapolated to an hour
 * @param cacheHitRate share of turns answered from the response cache over the window
 * @param requests turns handled since the start
 * @param errors non-SUCCESS turns since the start
 * @param costUsd spend since the start
 * @param activeFaults ids of the scenario faults active now (the injector's knowledge, not a detection)
 */
public record LiveStats(Instant simTime, Duration elapsed, double requestsPerSecond, double p50Ms, double p99Ms,
    double errorRate, double costPerHourUsd, double cacheHitRate, long requests, long errors, double costUsd,
    List<String> activeFaults) {

  public LiveStats {
    activeFaults = List.copyOf(activeFaults);
  }

  /** One line for a terminal, e.g. {@code 12.3 req/s  p50 1.41s  p99 2.62s  err 0.4%  $118.20/h}. */
  public String line() {
    return String.format(java.util.Locale.ROOT, "%s  +%s  %6.1f req/s  p50 %5.2fs  p99 %5.2fs  err %5.1f%%  $%.2f/h"
        + "  cache %4.1f%%  %,d turns%s", simTime.toString().substring(0, 19) + "Z",
        io.fmscope.simulator.scenario.Durations.format(elapsed), requestsPerSecond, p50Ms / 1000, p99Ms / 1000,
        errorRate * 100, costPerHourUsd, cacheHitRate * 100, requests,
        activeFaults.isEmpty() ? "" : "  [faults: " + String.join(", ", activeFaults) + "]");
  }
}
