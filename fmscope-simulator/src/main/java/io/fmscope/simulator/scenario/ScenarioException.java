package io.fmscope.simulator.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be used, with every problem found: each names the file, the line and
 * column, the field path and the reason, e.g.
 * {@code scenarios/x.yaml:12:11: faults[1].kind: unknown fault kind 'throtling' (known: ...)}.
 */
public final class ScenarioException extends Exception {

  /** One problem at one place. {@code line} and {@code column} are 1-based. */
  public record Problem(String file, int line, int column, String path, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
    }
  }

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
