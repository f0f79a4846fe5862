package io.fmscope.simulator.scenario;

import io.fmscope.simulator.scenario.ScenarioException.Problem;
import io.fmscope.simulator.scenario.YamlTree.Location;
import io.fmscope.simulator.scenario.YamlTree.MapNode;
import io.fmscope.simulator.scenario.YamlTree.Node;
import io.fmscope.simulator.scenario.YamlTree.ScalarNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Typed reads of mapping fields that record a {@link Problem} (and return null) instead of throwing. */
final class Fields {
  private final String file;
  private final List<Problem> problems;

  Fields(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  void problem(Location at, String path, String reason) {
    problems.add(new Problem(file, at.line(), at.column(), path, reason));
  }

  /** Reports every key of {@code m} not in {@code allowed}. */
  void onlyKeys(MapNode m, String path, Set<String> allowed) {
    m.keys().forEach((key, at) -> {
      if (!allowed.contains(key)) {
        problem(at, join(path, key), "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    });
  }

  /** The field's node, or null (and a "missing" problem when required). */
  Node node(MapNode m, String path, String key, boolean required) {
    Node n = m.values().get(key);
    if (n == null || (n instanceof ScalarNode s && s.isNull())) {
      if (required) {
        problem(m.at(), join(path, key), "missing required field");
      }
      return null;
    }
    return n;
  }

  String text(MapNode m, String path, String key, boolean required) {
    Node n = node(m, path, key, required);
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s)) {
      problem(n.at(), join(path, key), "expected a single value, not a list or mapping");
      return null;
    }
    return s.text();
  }

  Double number(MapNode m, String path, String key, boolean required) {
    Node n = node(m, path, key, required);
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s) || !s.isNumber()) {
      problem(n.at(), join(path, key), "expected a number");
      return null;
    }
    return Double.parseDouble(s.text());
  }

  Duration duration(MapNode m, String path, String key, boolean required) {
    return parsed(m, path, key, required, Durations::parse);
  }

  /** The text converted by {@code parse}, whose IllegalArgumentException message becomes the reason. */
  <T> T parsed(MapNode m, String path, String key, boolean required, Function<String, T> parse) {
    String t = text(m, path, key, required);
    if (t == null) {
      return null;
    }
    try {
      return parse.apply(t);
    } catch (IllegalArgumentException e) {
      problem(m.values().get(key).at(), join(path, key), e.getMessage());
      return null;
    }
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
