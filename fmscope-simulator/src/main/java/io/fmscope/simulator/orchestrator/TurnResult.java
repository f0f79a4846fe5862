package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.FmCallStatus;
import java.time.Instant;

/**
 * How one chat turn went, for live statistics and run summaries (everything here is also in the logged
 * FM_CALL record except {@code faultId}).
 *
 * @param model the model that answered (or was to answer)
 * @param costUsd what the turn cost (0 for cache hits and unbilled failures)
 * @param errorType the error of a non-SUCCESS turn, else null
 * @param faultId the scenario fault behind the error ({@code background} for the healthy background), else null
 */
public record TurnResult(Instant at, double e2eMs, FmCallStatus status, String model, double costUsd,
    boolean cacheHit, String errorType, String faultId) {

  public boolean failed() {
    return status != FmCallStatus.SUCCESS;
  }
}
