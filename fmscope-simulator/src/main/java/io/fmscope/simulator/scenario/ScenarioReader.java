package io.fmscope.simulator.scenario;

import io.fmscope.simulator.Rate;
import io.fmscope.simulator.scenario.YamlTree.ListNode;
import io.fmscope.simulator.scenario.YamlTree.MapNode;
import io.fmscope.simulator.scenario.YamlTree.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a scenario's located YAML tree into a {@link Scenario}, recording every problem in {@link Fields}. */
final class ScenarioReader {
  static final Duration MAX_DURATION = Duration.ofDays(14);
  private static final Set<String> TOP = Set.of("name", "description", "pattern", "duration", "baseline", "faults");
  private static final Set<String> BASELINE = Set.of("rate", "rhythm", "background_errors", "tasks");
  private static final Set<String> FAULT = Set.of("id", "start", "duration", "component", "kind", "intensity", "model");

  private final Fields f;

  ScenarioReader(Fields f) {
    this.f = f;
  }

  Scenario scenario(MapNode m, String source) {
    f.onlyKeys(m, "", TOP);
    String name = f.text(m, "", "name", true);
    if (name != null && !name.matches("[A-Za-z0-9._-]{1,100}")) {
      f.problem(m.values().get("name").at(), "name", "use letters, digits, '.', '_' and '-' (at most 100)");
    }
    String description = f.text(m, "", "description", true);
    String pattern = f.text(m, "", "pattern", false);
    Duration duration = f.duration(m, "", "duration", true);
    if (duration != null && (duration.isZero() || duration.compareTo(MAX_DURATION) > 0)) {
      f.problem(m.values().get("duration").at(), "duration", "must be more than 0 and at most 14d "
          + "(the server refuses events older than 14 days)");
      duration = null;
    }
    Node b = f.node(m, "", "baseline", false);
    Baseline baseline = b == null ? Baseline.DEFAULT : baseline(b);
    List<FaultSpec> faults = new ArrayList<>();
    Node fs = f.node(m, "", "faults", true);
    if (fs != null && !(fs instanceof ListNode)) {
      f.problem(fs.at(), "faults", "expected a list of faults ([] for none)");
    } else if (fs instanceof ListNode list) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.items().size(); i++) {
        FaultSpec spec = fault(list.items().get(i), "faults[" + i + "]", i, duration, ids);
        if (spec != null) {
          faults.add(spec);
        }
      }
    }
    if (name == null || description == null || duration == null) {
      return null;
    }
    return new Scenario(name, description, pattern, duration, baseline, faults, source);
  }

  private Baseline baseline(Node n) {
    if (!(n instanceof MapNode m)) {
      f.problem(n.at(), "baseline", "expected a mapping (rate, rhythm, background_errors, tasks)");
      return Baseline.DEFAULT;
    }
    f.onlyKeys(m, "baseline", BASELINE);
    Baseline d = Baseline.DEFAULT;
    Rate rate = f.parsed(m, "baseline", "rate", false, Rate::parse);
    Rhythm rhythm = f.parsed(m, "baseline", "rhythm", false, t -> switch (t.toLowerCase(Locale.ROOT)) {
      case "daily" -> Rhythm.DAILY;
      case "flat" -> Rhythm.FLAT;
      default -> throw new IllegalArgumentException("unknown rhythm '" + t + "' (known: daily, flat)");
    });
    Double background = f.number(m, "baseline", "background_errors", false);
    if (background != null && !(background >= 0 && background <= 100)) {
      f.problem(m.values().get("background_errors").at(), "baseline.background_errors", "must be between 0 and 100");
      background = null;
    }
    Double tasks = f.number(m, "baseline", "tasks", false);
    if (tasks != null && (tasks != Math.rint(tasks) || tasks < 1 || tasks > 64)) {
      f.problem(m.values().get("tasks").at(), "baseline.tasks", "must be a whole number from 1 to 64");
      tasks = null;
    }
    return new Baseline(rate == null ? d.rate() : rate, rhythm == null ? d.rhythm() : rhythm,
        background == null ? d.backgroundErrors() : background, tasks == null ? d.tasks() : tasks.intValue());
  }

  private FaultSpec fault(Node n, String path, int index, Duration scenarioDuration, Set<String> ids) {
    if (!(n instanceof MapNode m)) {
      f.problem(n.at(), path, "expected a mapping with start, duration, component, kind and intensity");
      return null;
    }
    f.onlyKeys(m, path, FAULT);
    String id = f.text(m, path, "id", false);
    if (id == null) {
      id = "f" + (index + 1);
    } else if (!ids.add(id)) {
      f.problem(m.values().get("id").at(), path + ".id", "duplicate fault id '" + id + "'");
    }
    Duration start = f.duration(m, path, "start", true);
    Duration duration = f.duration(m, path, "duration", true);
    if (duration != null && duration.isZero()) {
      f.problem(m.values().get("duration").at(), path + ".duration", "must be more than 0");
      duration = null;
    }
    if (start != null && duration != null && scenarioDuration != null
        && start.plus(duration).compareTo(scenarioDuration) > 0) {
      f.problem(m.values().get("duration").at(), path + ".duration", "the fault ends at "
          + Durations.format(start.plus(duration)) + ", after the scenario's duration "
          + Durations.format(scenarioDuration));
    }
    Component component = f.parsed(m, path, "component", true, t -> Component.parse(t).orElseThrow(
        () -> new IllegalArgumentException("unknown component '" + t + "' (known: " + Component.known() + ")")));
    FaultKind kind = f.parsed(m, path, "kind", true, t -> FaultKind.parse(t).orElseThrow(
        () -> new IllegalArgumentException("unknown fault kind '" + t + "' (known: " + FaultKind.known() + ")")));
    if (component != null && kind != null && FaultCatalog.builtIn().find(component, kind).isEmpty()) {
      f.problem(m.values().get("kind").at(), path + ".kind", "kind '" + kind.id() + "' does not apply to component '"
          + component.id() + "' (it supports: " + String.join(", ",
              FaultCatalog.builtIn().kinds(component).stream().map(FaultKind::id).toList()) + ")");
      kind = null;
    }
    Double intensity = intensity(m, path, kind);
    String model = f.parsed(m, path, "model", false, t -> Models.parse(t).orElseThrow(
        () -> new IllegalArgumentException("unknown model '" + t + "' (known: sonnet, haiku, " + Models.SONNET
            + ", " + Models.HAIKU + ")")));
    if (model != null && component != null && component != Component.BEDROCK && component != Component.DEPLOYMENT) {
      f.problem(m.values().get("model").at(), path + ".model", "model applies only to bedrock and deployment faults");
    }
    if (start == null || duration == null || component == null || kind == null || intensity == null) {
      return null;
    }
    return new FaultSpec(id, start, duration, component, kind, intensity, model);
  }

  private Double intensity(MapNode m, String path, FaultKind kind) {
    Double v = f.number(m, path, "intensity", true);
    if (v == null || kind == null) {
      return v;
    }
    boolean share = kind.intensity() == FaultKind.Intensity.SHARE;
    if (share ? !(v > 0 && v <= 1) : !(v > 1 && v <= 100)) {
      f.problem(m.values().get("intensity").at(), path + ".intensity", share
          ? "'" + kind.id() + "' takes a share of requests: more than 0 and at most 1"
          : "'" + kind.id() + "' takes a multiplier: more than 1 and at most 100");
      return null;
    }
    return v;
  }
}
