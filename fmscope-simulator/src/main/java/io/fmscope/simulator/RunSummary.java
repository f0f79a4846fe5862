package io.fmscope.simulator;

import io.fmscope.simulator.scenario.GroundTruth;
import java.time.Instant;
import java.util.Map;

/**
 * What a run did.
 *
 * @param start simulated start
 * @param end simulated time of the last turn handled
 * @param turns chat turns handled (one FM_CALL record each)
 * @param errors turns whose status is not SUCCESS
 * @param p50Ms median end-to-end latency over the run
 * @param p99Ms 99th percentile end-to-end latency over the run
 * @param costUsd Bedrock spend
 * @param cacheHits turns answered from the response cache
 * @param errorsByFault failed or degraded turns per scenario fault id ({@code background} for the healthy noise)
 * @param stopped true when {@link Simulator#stop()} ended the run early
 * @param flushed true when every sink drained at the end
 */
public record RunSummary(GroundTruth groundTruth, Instant start, Instant end, long turns, long errors, double p50Ms,
    double p99Ms, double costUsd, long cacheHits, Map<String, Long> errorsByFault, boolean stopped, boolean flushed) {

  public RunSummary {
    errorsByFault = Map.copyOf(errorsByFault);
  }

  public double errorRate() {
    return turns == 0 ? 0 : (double) errors / turns;
  }
}
