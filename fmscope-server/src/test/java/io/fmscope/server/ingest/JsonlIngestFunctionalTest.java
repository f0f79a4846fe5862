package io.fmscope.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.log.LogEvent;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.duckdb.DuckLogStore;
import io.fmscope.storage.memory.MemoryLogStore;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /ingest/jsonl} on a real server on a random port: what is stored, what is refused and why. */
class JsonlIngestFunctionalTest {
  static final InsightsEngine NO_QUERIES = q -> {
    throw new InsightsEngine.CompileError("queries are not part of this test", 0, 0);
  };
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  FmscopeServer server;
  final long now = System.currentTimeMillis();

  @BeforeEach
  void start() {
    server = FmscopeServer.start(ServerConfig.defaults().withPort(0), new MemoryLogStore(), NO_QUERIES,
        Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void recordsAreStoredAtTheirOwnTimesInOrderAndTheGroupIsCreated() throws Exception {
    String fmCall = "{\"log_type\":\"FM_CALL\",\"metadata\":{\"request_id\":\"r1\",\"timestamp_iso\":\"x\","
        + "\"timestamp_epoch_ms\":" + (now - 60_000) + "},\"status\":\"SUCCESS\"}";
    String rag = "{\"log_type\":\"RAG_RETRIEVAL\",\"request_id\":\"r1\",\"timestamp\":\""
        + Instant.ofEpochMilli(now - 120_000) + "\"}";
    String session = "{\"log_type\":\"SESSION_EVENT\",\"event_type\":\"start\",\"timestamp\":" + (now - 90_000) + "}";
    HttpResponse<String> r = post("/ecs/manga-assist-orchestrator", "sim-1", fmCall + "\n" + rag + "\n\n" + session + "\n");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).path("accepted").asInt()).isEqualTo(3);
    List<LogEvent> stored = events(server.store(), "/ecs/manga-assist-orchestrator");
    assertThat(stored).extracting(LogEvent::message).containsExactly(rag, session, fmCall);
    assertThat(stored).extracting(LogEvent::timestamp).containsExactly(now - 120_000, now - 90_000, now - 60_000);
    assertThat(stored).extracting(LogEvent::logStream).containsOnly("sim-1");
    assertThat(server.store().streams().list("/ecs/manga-assist-orchestrator")).hasSize(1);
  }

  @Test
  void badLinesAreReportedByLineAndTheRestIsStored() throws Exception {
    server.store().groups().create("/g", now);
    server.store().groups().setRetention("/g", OptionalInt.of(1));
    String ok = "{\"timestamp\":" + now + "}";
    String body = String.join("\n", ok, "not json", "[1,2]", "{\"level\":\"INFO\"}",
        "{\"timestamp\":" + (now - 15L * 86_400_000) + "}", "{\"timestamp\":" + (now + 3 * 3_600_000) + "}",
        "{\"timestamp\":\"yesterday\"}", "{\"timestamp\":" + (now - 2L * 86_400_000) + "}", ok);
    HttpResponse<String> r = post("/g", "s", body);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.path("accepted").asInt()).isEqualTo(2);
    assertThat(n.path("rejectedCount").asInt()).isEqualTo(7);
    List<String> reasons = new ArrayList<>();
    n.path("rejected").forEach(x -> reasons.add(x.path("line").asInt() + " " + x.path("reason").asText()));
    assertThat(reasons).hasSize(7);
    assertThat(reasons.get(0)).startsWith("2 not JSON");
    assertThat(reasons.get(1)).isEqualTo("3 not a JSON object");
    assertThat(reasons.get(2)).startsWith("4 no timestamp");
    assertThat(reasons.get(3)).startsWith("5 timestamp").endsWith("older than 14 days or the log group's retention");
    assertThat(reasons.get(4)).startsWith("6 timestamp").endsWith("more than 2 hours in the future");
    assertThat(reasons.get(5)).isEqualTo("7 timestamp 'yesterday' is not an ISO-8601 timestamp");
    assertThat(reasons.get(6)).startsWith("8 timestamp").endsWith("retention"); // the group keeps 1 day
    assertThat(events(server.store(), "/g")).extracting(LogEvent::message).containsExactly(ok, ok);
  }

  @Test
  void badRequestsGetTheServersErrorShape() throws Exception {
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("?logStream=s"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"timestamp\":1}")).build());
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(missing.body()).path("__type").asText()).isEqualTo("InvalidParameterException");
    assertThat(JSON.readTree(missing.body()).path("message").asText())
        .isEqualTo("1 validation error detected: Value 'null' at 'logGroup' failed to satisfy constraint: "
            + "Member must not be null");
    HttpResponse<String> badName = post("bad group!", "s", "{\"timestamp\":" + now + "}");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(badName.body()).contains("Member must satisfy regular expression pattern");
    assertThat(post("/g", "s", "\n\n").body()).contains("The body has no log lines");
    String tooMany = ("{\"timestamp\":" + now + "}\n").repeat(JsonlIngestService.MAX_LINES + 1);
    HttpResponse<String> big = post("/g", "s", tooMany);
    assertThat(big.statusCode()).isEqualTo(400);
    assertThat(big.body()).contains("Too many lines: at most 10000 per request");
    HttpResponse<String> brokenGzip = send(HttpRequest.newBuilder(uri("?logGroup=%2Fg&logStream=s"))
        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("plain")).build());
    assertThat(brokenGzip.statusCode()).isEqualTo(400);
    assertThat(brokenGzip.body()).contains("Bad gzip body");
    assertThat(events(server.store(), "/g")).isEmpty();
  }

  @Test
  void gzipBodiesAreAccepted() throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      gz.write(("{\"timestamp\":" + now + ",\"n\":1}\n{\"timestamp\":" + now + ",\"n\":2}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("?logGroup=%2Fz&logStream=s"))
        .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw.toByteArray())).build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(events(server.store(), "/z")).hasSize(2);
  }

  @Test
  void acknowledgedLinesAreInTheStoreWhenItIsReopened() throws Exception {
    server.close();
    server = FmscopeServer.start(ServerConfig.defaults().withPort(0), DuckLogStore.open(dir), NO_QUERIES,
        Clock.systemUTC());
    String line = "{\"timestamp\":" + now + ",\"msg\":\"漫画\"}";
    assertThat(post("/d", "s", line).statusCode()).isEqualTo(200);
    server.close();
    server = null;
    try (LogStore reopened = DuckLogStore.open(dir)) {
      assertThat(events(reopened, "/d")).extracting(LogEvent::message).containsExactly(line);
    }
  }

  private URI uri(String query) {
    return URI.create("http://127.0.0.1:" + server.port() + "/ingest/jsonl" + query);
  }

  private HttpResponse<String> post(String group, String stream, String body) throws Exception {
    String q = "?logGroup=" + URLEncoder.encode(group, StandardCharsets.UTF_8) + "&logStream="
        + URLEncoder.encode(stream, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(uri(q)).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(r, HttpResponse.BodyHandlers.ofString());
    }
  }

  private static List<LogEvent> events(LogStore store, String group) {
    List<LogEvent> out = new ArrayList<>();
    if (store.groups().find(group).isEmpty()) {
      return out;
    }
    try (EventScan s = store.reader().scan().logGroups(List.of(group)).open()) {
      s.forEachRemaining(out::add);
    }
    return out;
  }
}
