package io.fmscope.simulator.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scenario: a healthy baseline and the faults injected into it, read from a {@code scenarios/*.yaml}
 * file by {@link ScenarioLoader} (or built in code).
 *
 * @param pattern the seed error pattern it reproduces (e.g. {@code EP-001}), or null
 * @param source where it was read from (a path), or null when built in code
 */
public record Scenario(String name, String description, String pattern, Duration duration, Baseline baseline,
    List<FaultSpec> faults, String source) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(duration, "duration");
    baseline = baseline == null ? Baseline.DEFAULT : baseline;
    faults = List.copyOf(faults);
  }

  /** A scenario without faults. */
  public static Scenario healthy(String name, Duration duration) {
    return new Scenario(name, "healthy baseline", null, duration, Baseline.DEFAULT, List.of(), null);
  }

  /** A copy that runs for {@code d}: faults past it are dropped, faults crossing it are cut. */
  public Scenario withDuration(Duration d) {
    List<FaultSpec> kept = new ArrayList<>();
    for (FaultSpec f : faults) {
      FaultSpec c = f.clippedTo(d);
      if (c != null) {
        kept.add(c);
      }
    }
    return new Scenario(name, description, pattern, d, baseline, kept, source);
  }

  public Scenario withBaseline(Baseline b) {
    return new Scenario(name, description, pattern, duration, b, faults, source);
  }

  public Scenario withFaults(List<FaultSpec> f) {
    return new Scenario(name, description, pattern, duration, baseline, f, source);
  }
}
