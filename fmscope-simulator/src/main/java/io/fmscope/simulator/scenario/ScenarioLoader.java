package io.fmscope.simulator.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fmscope.simulator.scenario.ScenarioException.Problem;
import io.fmscope.simulator.scenario.YamlTree.MapNode;
import io.fmscope.simulator.scenario.YamlTree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scenario files ({@code scenarios/*.yaml}; format in docs/simulator.md). Every problem is
 * reported, each with the file, line, column, field and reason: YAML syntax errors, unknown or missing
 * fields, unknown components and kinds, a kind the component does not support, bad durations and
 * offsets, intensities out of range, faults that end after the scenario.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  public static Scenario load(Path file) throws IOException, ScenarioException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file.toString());
  }

  /** Parses {@code yaml}; {@code file} names it in problems and becomes the scenario's source. */
  public static Scenario parse(String yaml, String file) throws ScenarioException {
    Node root;
    try {
      root = YamlTree.parse(yaml);
    } catch (JsonProcessingException e) {
      var l = e.getLocation();
      throw new ScenarioException(List.of(new Problem(file, l == null ? 1 : Math.max(1, l.getLineNr()),
          l == null ? 1 : Math.max(1, l.getColumnNr()), "", "invalid YAML: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new ScenarioException(List.of(new Problem(file, 1, 1, "", "cannot read: " + e.getMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    Fields f = new Fields(file, problems);
    Scenario s = root instanceof MapNode m ? new ScenarioReader(f).scenario(m, file)
        : fail(f, root, "a scenario is a mapping with name, description, duration, baseline and faults");
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new ScenarioException(problems);
    }
    return s;
  }

  private static Scenario fail(Fields f, Node at, String reason) {
    f.problem(at.at(), "", reason);
    return null;
  }
}
