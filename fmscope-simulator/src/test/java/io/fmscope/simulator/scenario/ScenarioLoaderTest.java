package io.fmscope.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.simulator.Rate;
import io.fmscope.simulator.scenario.ScenarioException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scenario files: the shipped ones load; bad ones are rejected with file, line, column, field and reason. */
class ScenarioLoaderTest {
  static final Path SCENARIOS = Path.of(System.getProperty("fmscope.scenarios"));

  static List<Path> shipped() throws IOException {
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyShippedScenarioLoads() throws Exception {
    List<Path> files = shipped();
    assertThat(files).hasSizeGreaterThanOrEqualTo(9);
    for (Path f : files) {
      Scenario s = ScenarioLoader.load(f);
      assertThat(f.getFileName().toString()).isEqualTo(s.name() + ".yaml");
      assertThat(s.source()).isEqualTo(f.toString());
    }
    List<String> patterns = files.stream().map(ScenarioLoaderTest::load).map(Scenario::pattern)
        .filter(p -> p != null).sorted().toList();
    assertThat(patterns).containsExactly("EP-001", "EP-002", "EP-003", "EP-004", "EP-005", "EP-006", "EP-007", "EP-008");
  }

  @Test
  void aFullFileIsReadFieldByField() throws Exception {
    Scenario s = ScenarioLoader.parse("""
        name: x
        description: d
        pattern: EP-002
        duration: 1h30m
        baseline: {rate: 12/s, rhythm: flat, background_errors: 0.5, tasks: 6}
        faults:
          - {id: a, start: 10m, duration: 90s, component: bedrock, kind: timeout, intensity: 0.35, model: sonnet}
          - {start: PT20M, duration: 5m, component: config, kind: prompt-bloat, intensity: 3}
        """, "x.yaml");
    assertThat(s.duration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(s.baseline()).isEqualTo(new Baseline(new Rate(12), Rhythm.FLAT, 0.5, 6));
    assertThat(s.faults()).containsExactly(
        new FaultSpec("a", Duration.ofMinutes(10), Duration.ofSeconds(90), Component.BEDROCK, FaultKind.TIMEOUT, 0.35,
            Models.SONNET),
        new FaultSpec("f2", Duration.ofMinutes(20), Duration.ofMinutes(5), Component.DEPLOYMENT, FaultKind.PROMPT_BLOAT,
            3, null));
  }

  @Test
  void unknownKindIsRejectedWithItsLineAndTheKnownKinds() {
    Problem p = single("""
        name: x
        description: d
        duration: 30m
        faults:
          - start: 5m
            duration: 5m
            component: bedrock
            kind: throtling
            intensity: 0.5
        """);
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(11);
    assertThat(p.path()).isEqualTo("faults[0].kind");
    assertThat(p.reason()).startsWith("unknown fault kind 'throtling' (known: throttling, timeout, latency");
    assertThat(p.toString()).startsWith("bad.yaml:8:11: faults[0].kind: unknown fault kind");
  }

  @Test
  void badOffsetsAreRejected() {
    assertThat(single(fault("start: -5m")).reason()).contains("negative");
    assertThat(single(fault("start: ten minutes")).reason()).contains("is not a duration");
    assertThat(single(fault("start: 600")).reason()).contains("a unit is required");
    Problem late = single(fault("start: 25m"));
    assertThat(late.path()).isEqualTo("faults[0].duration");
    assertThat(late.reason()).isEqualTo("the fault ends at 30m, after the scenario's duration 28m");
    assertThat(late.line()).isEqualTo(7);
  }

  @Test
  void missingFieldsAreRejectedAtTheirMapping() {
    Problem p = single("""
        name: x
        description: d
        duration: 30m
        faults:
          - start: 5m
            duration: 5m
            component: bedrock
            intensity: 0.5
        """);
    assertThat(p.path()).isEqualTo("faults[0].kind");
    assertThat(p.reason()).isEqualTo("missing required field");
    assertThat(p.line()).isEqualTo(5);
    ScenarioException e = rejected("faults: []\n");
    assertThat(e.problems()).extracting(Problem::path).containsExactly("name", "description", "duration");
  }

  @Test
  void everyProblemOfAFileIsReported() {
    ScenarioException e = rejected("""
        name: bad name!
        description: d
        duration: 30m
        colour: red
        faults:
          - {start: 5m, duration: 5m, component: redis, kind: throttling, intensity: 0.5}
          - {start: 5m, duration: 5m, component: bedrock, kind: latency, intensity: 0.5}
          - {start: 5m, duration: 5m, component: opensearch, kind: timeout, intensity: 2}
          - {start: 5m, duration: 5m, component: kafka, kind: timeout, intensity: 0.5}
          - {start: 5m, duration: 5m, component: redis, kind: timeout, intensity: 0.5, model: sonnet}
        """);
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "bad.yaml:1:7: name: use letters, digits, '.', '_' and '-' (at most 100)",
        "bad.yaml:4:1: colour: unknown field (allowed: baseline, description, duration, faults, name, pattern)",
        "bad.yaml:6:55: faults[0].kind: kind 'throttling' does not apply to component 'redis' (it supports: "
            + "timeout, latency, unavailable, cache_stale)",
        "bad.yaml:7:77: faults[1].intensity: 'latency' takes a multiplier: more than 1 and at most 100",
        "bad.yaml:8:80: faults[2].intensity: 'timeout' takes a share of requests: more than 0 and at most 1",
        "bad.yaml:9:42: faults[3].component: unknown component 'kafka' (known: bedrock, opensearch, dynamodb, redis, "
            + "apigateway, orchestrator, websocket, deployment)",
        "bad.yaml:10:87: faults[4].model: model applies only to bedrock and deployment faults");
  }

  @Test
  void yamlSyntaxErrorsAndDuplicateKeysHaveLocations() {
    Problem syntax = single("name: x\ndescription: [unclosed\nduration: 30m\n");
    assertThat(syntax.reason()).startsWith("invalid YAML");
    assertThat(syntax.line()).isGreaterThanOrEqualTo(2);
    Problem dup = single("name: x\ndescription: d\nname: y\nduration: 30m\nfaults: []\n");
    assertThat(dup.reason()).contains("Duplicate field 'name'");
    assertThat(dup.line()).isEqualTo(3);
    assertThat(single("- just\n- a list\n").reason()).startsWith("a scenario is a mapping");
  }

  @Test
  void aShorterRunCutsAndDropsFaults() {
    Scenario s = load(SCENARIOS.resolve("ep-001-bedrock-throttling.yaml"));
    assertThat(s.withDuration(Duration.ofMinutes(15)).faults()).singleElement()
        .satisfies(f -> assertThat(f.end()).isEqualTo(Duration.ofMinutes(15)));
    assertThat(s.withDuration(Duration.ofMinutes(5)).faults()).isEmpty();
  }

  private static String fault(String start) {
    return """
        name: x
        description: d
        duration: 28m
        faults:
          - component: bedrock
            %s
            duration: 5m
            kind: throttling
            intensity: 0.5
        """.formatted(start);
  }

  private static Problem single(String yaml) {
    ScenarioException e = rejected(yaml);
    assertThat(e.problems()).hasSize(1);
    return e.problems().getFirst();
  }

  private static ScenarioException rejected(String yaml) {
    return (ScenarioException) assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "bad.yaml"))
        .isInstanceOf(ScenarioException.class).actual();
  }

  private static Scenario load(Path p) {
    try {
      return ScenarioLoader.load(p);
    } catch (Exception e) {
      throw new AssertionError(p + ": " + e.getMessage(), e);
    }
  }
}
