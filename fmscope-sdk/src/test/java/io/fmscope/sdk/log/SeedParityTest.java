package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compares with the seed's own implementation. {@code seed-python-output.jsonl} was produced by
 * running the seed's section 3.1 code ({@code StructuredFMLogger}) with python3: one {@code
 * log_fm_call}, one {@code log_rag_retrieval}, one {@code log_session_event}. The same inputs fed
 * to our logger must give the same field names and values, apart from the timestamp format (ours
 * has milliseconds and Z) and our documented extensions.
 */
class SeedParityTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> EXTENSIONS = Set.of("metadata.service", "metadata.trace_id",
      "prompt_metrics.cache_read_input_tokens", "prompt_metrics.cache_write_input_tokens",
      "cost.cache_read_cost_usd", "cost.cache_write_cost_usd", "cost.prompt_cache_savings_usd",
      "cost.pricing_unknown");
  private static final Set<String> TIMESTAMPS = Set.of("metadata.timestamp_iso", "timestamp");

  @Test
  void ourLinesMatchTheSeedLoggersLinesForTheSameInputs() throws IOException {
    List<String> seed = seedLines();
    SettableClock clock = new SettableClock();
    InMemorySink sink = new InMemorySink();
    FmCallLogger logger = FmCallLogger.builder().service("manga-assist-orchestrator").sink(sink)
        .costModel(SeedExamples.SEED_PRICES).clock(clock).build();

    clock.at = seedTime(seed.get(0), "/metadata/timestamp_iso");
    logger.call().requestId("req-abc123").sessionId("sess-xyz").userId("user-001")
        .conversationTurn(3).model(SeedExamples.SONNET, "v1:0")
        .promptTemplateId("manga_recommend_v2")
        .promptText("ワンピースの最新巻を教えてください。manga volume 107").tokens(850, 1200, 45, 320)
        .stopReason("end_turn").responseText("ISBN 978-4-08-883427-2 price 528")
        .latency(Map.of("total_e2e_ms", 2450.5, "bedrock_invoke_ms", 1840.5))
        .rag(2, List.of(0.92, 0.88)).status(FmCallStatus.THROTTLED)
        .error("ThrottlingException", "429", null).retryCount(3).tag("env", "prod").log();
    clock.at = seedTime(seed.get(1), "/timestamp");
    logger.logRagRetrieval("req-abc123", "sess-xyz", "one piece", "manga-catalog", 1024, 5, 2,
        List.of(0.92, 0.88), 280.7, null);
    clock.at = seedTime(seed.get(2), "/timestamp");
    logger.logSessionEvent("sess-xyz", "user-001", "session_start", Map.of("channel", "websocket"));

    List<String> ours = sink.lines();
    for (int i = 0; i < 3; i++) {
      Map<String, JsonNode> theirs = flatten(seed.get(i));
      Map<String, JsonNode> mine = flatten(ours.get(i));
      mine.keySet().removeAll(EXTENSIONS);
      assertThat(mine.keySet()).as("line %d", i).isEqualTo(theirs.keySet());
      for (String field : theirs.keySet()) {
        if (TIMESTAMPS.contains(field)) {
          Instant t = IsoTimestamps.parse(theirs.get(field).asText()).truncatedTo(ChronoUnit.MILLIS);
          assertThat(IsoTimestamps.parse(mine.get(field).asText())).isEqualTo(t);
        } else if (theirs.get(field).isNumber()) {
          assertThat(mine.get(field).asDouble()).as(field).isEqualTo(theirs.get(field).asDouble());
        } else {
          assertThat(mine.get(field)).as(field).isEqualTo(theirs.get(field));
        }
      }
    }
  }

  @Test
  void theReaderReadsTheSeedLoggersLines() throws IOException {
    List<FmLogRecord> records = seedLines().stream().map(FmLogJsonReader::read).toList();

    FmCallRecord call = (FmCallRecord) records.get(0);
    assertThat(call.status()).isEqualTo(FmCallStatus.THROTTLED);
    assertThat(call.metadata().timestampEpochMs()).isEqualTo(1796045152627L);
    assertThat(call.metadata().timestampIso()).isEqualTo("2026-11-30T13:25:52.627Z");
    assertThat(call.promptMetrics().promptHash()).isEqualTo("58ddc55286c4e8ab");
    assertThat(call.error().retryCount()).isEqualTo(3);
    assertThat(call.cost().totalCostUsd()).isEqualTo(0.011085);
    assertThat(call.resilience()).isNull();
    assertThat(call.tags()).containsExactly(Map.entry("env", "prod"));
    RagRetrievalRecord rag = (RagRetrievalRecord) records.get(1);
    assertThat(rag.avgRelevance()).isEqualTo(0.9);
    assertThat(rag.filterApplied()).isNull();
    SessionEventRecord ev = (SessionEventRecord) records.get(2);
    assertThat(ev.details()).containsExactly(Map.entry("channel", "websocket"));
  }

  private static Instant seedTime(String line, String pointer) throws IOException {
    return IsoTimestamps.parse(MAPPER.readTree(line).at(pointer).asText());
  }

  /** A clock the test moves to each seed line's time. */
  private static final class SettableClock extends Clock {
    Instant at = Instant.EPOCH;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return at;
    }
  }

  private static List<String> seedLines() throws IOException {
    try (InputStream in = SeedParityTest.class.getResourceAsStream("/seed-python-output.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static Map<String, JsonNode> flatten(String json) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    flatten("", MAPPER.readTree(json), out);
    return out;
  }

  private static void flatten(String prefix, JsonNode n, Map<String, JsonNode> out) {
    if (n.isObject() && !n.isEmpty()) {
      n.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
    } else if (n.isArray() && !n.isEmpty()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(prefix + i + ".", n.get(i), out);
      }
    } else {
      out.put(prefix.substring(0, prefix.length() - 1), n);
    }
  }
}
