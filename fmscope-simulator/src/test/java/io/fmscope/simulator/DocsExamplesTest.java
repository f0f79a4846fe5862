package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.simulator.scenario.Baseline;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in docs/simulator.md are what the code reads and writes. */
class DocsExamplesTest {
  static final Path DOC = Runs.SCENARIOS.getParent().resolve("docs/simulator.md");

  @Test
  void theScenarioExampleIsTheShippedFileWithItsDefaults() throws Exception {
    Scenario doc = ScenarioLoader.parse(block("yaml"), "docs/simulator.md");
    Scenario shipped = Runs.scenario("ep-002-bedrock-timeout.yaml");
    assertThat(doc.baseline()).isEqualTo(Baseline.DEFAULT);
    assertThat(doc).usingRecursiveComparison().ignoringFields("source").isEqualTo(shipped);
  }

  @Test
  void theGroundTruthExampleIsWhatARunWrites() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Scenario s = Runs.scenario("ep-002-bedrock-timeout.yaml");
    String written = Simulator.builder().scenario(s).speed(60).start(Instant.parse("2025-06-02T01:00:00Z")).build()
        .groundTruth().toJson();
    ObjectNode expected = (ObjectNode) json.readTree(block("json"));
    ObjectNode actual = (ObjectNode) json.readTree(written);
    assertThat(actual.remove("scenario_file").asText()).endsWith("scenarios/ep-002-bedrock-timeout.yaml");
    expected.remove("scenario_file");
    assertThat(actual).isEqualTo(expected);
  }

  /** The first fenced block of a language in the doc. */
  private static String block(String lang) throws Exception {
    Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertThat(m.find()).as("a ```" + lang + " block in " + DOC).isTrue();
    return m.group(1);
  }
}
