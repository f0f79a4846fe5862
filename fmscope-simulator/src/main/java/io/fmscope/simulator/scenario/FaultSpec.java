package io.fmscope.simulator.scenario;

import java.time.Duration;

/**
 * One fault of a scenario: from {@code start} (offset from the run's start) for {@code duration},
 * {@code component} suffers {@code kind} at {@code intensity} (a share in (0, 1] or a multiplier
 * above 1, see {@link FaultKind#intensity()}), optionally only on one Bedrock {@code model}.
 *
 * @param model a full model id, or null for every model
 */
public record FaultSpec(String id, Duration start, Duration duration, Component component, FaultKind kind,
    double intensity, String model) {

  public Duration end() {
    return start.plus(duration);
  }

  /** A copy cut to end by {@code limit}; null if it would start at or after it. */
  public FaultSpec clippedTo(Duration limit) {
    if (start.compareTo(limit) >= 0) {
      return null;
    }
    return end().compareTo(limit) <= 0 ? this
        : new FaultSpec(id, start, limit.minus(start), component, kind, intensity, model);
  }
}
