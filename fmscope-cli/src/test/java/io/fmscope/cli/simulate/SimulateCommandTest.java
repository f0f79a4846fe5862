package io.fmscope.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.simulator.scenario.GroundTruth;
import io.fmscope.storage.memory.MemoryLogStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * {@code fmscope simulate} end to end: a short time-compressed EP-001 run against a real server started
 * in-process on a random port; the records arrive through the SDK exporter and {@code /ingest/jsonl},
 * the spans through the OTLP exporter, and Logs Insights queries (AWS SDK, StartQuery through the
 * server's engine) find exactly what the run also wrote to its file.
 */
class SimulateCommandTest {
  static final Path SCENARIOS = Path.of("").toAbsolutePath().getParent().resolve("scenarios");
  static final String GROUP = "/ecs/manga-assist-orchestrator";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static FmscopeServer server;
  static URI url;
  static Result run;
  static Instant finished;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void simulate() {
    server = FmscopeServer.start(ServerConfig.defaults().withPort(0)
            .withTracing(TracingConfig.defaults().withDaemonPort(TracingConfig.DISABLED)),
        new MemoryLogStore(), new ReferenceInsightsEngine(), Clock.systemUTC());
    url = URI.create("http://127.0.0.1:" + server.port());
    run = cli("simulate", "--server", url.toString(), "--scenario",
        SCENARIOS.resolve("ep-001-bedrock-throttling.yaml").toString(), "--speed", "max", "--duration", "14m",
        "--rate", "300k/day", "--seed", "3", "--out", dir.resolve("records.jsonl").toString(),
        "--ground-truth", dir.resolve("truth.json").toString());
    finished = Instant.now();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRunSucceedsAndSaysWhatItSent() {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("ep-001-bedrock-throttling: ").contains(" turns, ")
        .contains("records sent to " + url).contains("(0 failed, 0 dropped)");
    assertThat(run.err()).startsWith("simulating ep-001-bedrock-throttling from ");
  }

  @Test
  void logsInsightsFindsExactlyTheRecordsOfTheRun() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("records.jsonl"));
    Map<String, Long> expected = new TreeMap<>();
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      if (n.path("log_type").asText().equals("FM_CALL")) {
        expected.merge(n.path("status").asText(), 1L, Long::sum);
      }
    }
    assertThat(expected).containsKeys("SUCCESS", "THROTTLED");
    Map<String, Long> found = new TreeMap<>();
    for (List<ResultField> row : query(
        "filter log_type = \"FM_CALL\" | stats count(*) as calls by status | sort status")) {
      found.put(value(row, "status"), Long.parseLong(value(row, "calls")));
    }
    assertThat(found).isEqualTo(expected);
    long throttled = 0;
    for (List<ResultField> row : query("fields @timestamp, metadata.model_id, error.retry_count\n"
        + "| filter log_type = \"FM_CALL\"\n| filter status = \"THROTTLED\"\n"
        + "| stats count(*) as throttle_count by bin(5m), metadata.model_id\n| sort throttle_count desc")) {
      throttled += Long.parseLong(value(row, "throttle_count"));
    }
    assertThat(throttled).isEqualTo(expected.get("THROTTLED"));
    long all = Long.parseLong(value(query("stats count(*) as n").getFirst(), "n"));
    assertThat(all).isEqualTo(lines.size());
  }

  @Test
  void theGroundTruthMatchesTheRunAndTheSpansArrived() throws Exception {
    GroundTruth t = GroundTruth.read(dir.resolve("truth.json"));
    assertThat(t.scenario()).isEqualTo("ep-001-bedrock-throttling");
    assertThat(t.end()).isBefore(finished);
    GroundTruth.FaultWindow f = t.faults().getFirst();
    assertThat(f.start()).isEqualTo(t.start().plusSeconds(600));
    assertThat(f.end()).isEqualTo(t.end());
    assertThat(f.diagnosis().patternId()).isEqualTo("EP-001");
    long spans = 0;
    for (int i = 0; i < 600 && spans == 0; i++) { // the ingest funnel commits asynchronously
      spans = server.traceStore().reader().spanCount();
      if (spans == 0) {
        Thread.sleep(100);
      }
    }
    assertThat(spans).isPositive();
  }

  @Test
  void anInvalidScenarioIsRejectedWithFileLineAndReason() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\ndescription: d\nduration: 10m\nfaults:\n"
        + "  - {start: 1m, duration: 1m, component: bedrock, kind: throttle, intensity: 0.5}\n");
    Result r = cli("simulate", "--out", dir.resolve("x.jsonl").toString(), "--scenario", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("the scenario is invalid").contains(bad + ":5:57: faults[0].kind: unknown fault kind 'throttle'");
    assertThat(cli("simulate", "--scenario", bad.toString()).code()).isEqualTo(2); // neither --server nor --out
    Result speed = cli("simulate", "--out", "x", "--scenario", SCENARIOS.resolve("healthy-baseline.yaml").toString(),
        "--speed", "fast");
    assertThat(speed.code()).isEqualTo(2);
    assertThat(speed.err()).contains("--speed must be a positive number or 'max', not 'fast'");
  }

  private static List<List<ResultField>> query(String q) throws Exception {
    try (CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(url).region(Region.AP_NORTHEAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      long end = finished.getEpochSecond() + 60;
      String id = logs.startQuery(b -> b.logGroupName(GROUP).startTime(end - 3_600).endTime(end).queryString(q)
          .limit(10_000)).queryId();
      GetQueryResultsResponse r = logs.getQueryResults(b -> b.queryId(id));
      for (int i = 0; i < 600 && (r.status() == QueryStatus.RUNNING || r.status() == QueryStatus.SCHEDULED); i++) {
        Thread.sleep(50);
        r = logs.getQueryResults(b -> b.queryId(id));
      }
      assertThat(r.status()).isEqualTo(QueryStatus.COMPLETE);
      return r.results();
    }
  }

  private static String value(List<ResultField> row, String field) {
    Map<String, String> m = new HashMap<>();
    row.forEach(f -> m.put(f.field(), f.value()));
    return m.get(field);
  }

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
