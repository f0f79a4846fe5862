package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.simulator.service.Redis;
import io.fmscope.simulator.service.ServiceException;
import io.fmscope.simulator.traffic.TrafficSource.Arrival;
import java.util.List;

/** What is known about one turn while it is handled; becomes the FM_CALL record. Mutable, one per turn. */
final class TurnState {
  final Arrival arrival;
  final String requestId;
  final double[] latency = new double[LatencyComponent.values().length];
  String taskId;
  String traceId;
  String model;
  String prompt = "";
  String answer = "";
  int systemTokens;
  int contextTokens;
  int userTokens;
  int outputTokens;
  String stopReason;
  List<Double> ragScores = List.of();
  int ragChunks;
  Redis.Lookup cached;
  ResilienceDetails resilience;
  long deliveredNanos;
  /** The error that made the turn fail (its status wins), or null. */
  Failure failure;
  /** The first dependency that failed while the turn still got an answer, or null. */
  ServiceException degraded;

  /**
   * A terminal failure: the error as logged, with the status and an optional root cause the application
   * knows better than the message (e.g. why a circuit breaker is open).
   */
  record Failure(String type, String code, String message, String upstream, FmCallStatus status,
      String rootCause, String faultId) {
    static Failure of(ServiceException e) {
      return new Failure(e.errorType(), e.errorCode(), e.getMessage(), e.upstream(), e.status(), null, e.faultId());
    }
  }

  TurnState(Arrival arrival, String requestId) {
    this.arrival = arrival;
    this.requestId = requestId;
  }

  void lat(LatencyComponent c, double ms) {
    latency[c.ordinal()] += ms;
  }

  void fail(Failure f) {
    if (failure == null) {
      failure = f;
    }
  }

  void degrade(ServiceException e) {
    if (degraded == null) {
      degraded = e;
    }
  }

  boolean failed() {
    return failure != null;
  }

  FmCallStatus status() {
    if (failure != null) {
      return failure.status();
    }
    return degraded != null ? FmCallStatus.PARTIAL : FmCallStatus.SUCCESS;
  }

  String faultId() {
    return failure != null ? failure.faultId() : degraded != null ? degraded.faultId() : null;
  }

  String errorType() {
    return failure != null ? failure.type() : degraded != null ? degraded.errorType() : null;
  }
}
