package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RagAndSessionTest {
  private final InMemorySink sink = new InMemorySink();
  private final FmCallLogger logger = FmCallLogger.builder().sink(sink).build();

  @Test
  void ragStatisticsFollowTheSeed() {
    RagRetrievalRecord r = logger.logRagRetrieval("req-1", "s", "one piece", "manga-catalog",
        1024, 5, 3, List.of(0.1, 0.2, 0.3), 12.5, null);

    // Python: round(sum([0.1, 0.2, 0.3]) / 3, 4) == 0.2; sha256("one piece")[:16]
    assertThat(r.avgRelevance()).isEqualTo(0.2);
    assertThat(r.minRelevance()).isEqualTo(0.1);
    assertThat(r.maxRelevance()).isEqualTo(0.3);
    assertThat(r.queryHash()).isEqualTo(Sha256Prefix.of("one piece"));
    assertThat(r.queryText()).isNull();
    assertThat(sink.lines().get(0)).contains("\"filter_applied\":null")
        .doesNotContain("one piece");
  }

  @Test
  void ragWithoutScoresReportsZerosLikeTheSeed() {
    RagRetrievalRecord r = logger.ragRetrieval().requestId("req-1").sessionId("s")
        .queryText("q").opensearchIndex("idx").log();

    assertThat(r.relevanceScores()).isEmpty();
    assertThat(List.of(r.avgRelevance(), r.minRelevance(), r.maxRelevance()))
        .containsOnly(0.0);
    assertThat(r.dataQuality()).isEmpty();
  }

  @Test
  void roundsTheMeanHalfEvenOnTheExactBinaryValueLikePython() {
    // Python: round(0.12345, 4) == 0.1235 and round(2.675, 2)-style cases follow the binary value
    assertThat(RagRetrievalBuilder.round4(0.12345)).isEqualTo(0.1235);
    assertThat(RagRetrievalBuilder.round4(0.00005)).isEqualTo(0.0001);
    assertThat(RagRetrievalBuilder.round4(0.846)).isEqualTo(0.846);
  }

  @Test
  void ragRepairsMissingIdsAndNegativeCounts() {
    RagRetrievalRecord r = logger.ragRetrieval().vectorDimension(-1).queryLatencyMs(Double.NaN)
        .log();

    assertThat(r.requestId()).matches("[0-9a-f-]{36}");
    assertThat(r.dataQuality()).containsExactly("missing_value_defaulted:request_id",
        "missing_value_defaulted:session_id", "missing_value_defaulted:opensearch_index",
        "negative_value_clamped:vector_dimension", "non_finite_value_defaulted:query_latency_ms");
  }

  @Test
  void sessionDetailsAreKeptInOrderWithCredentialsReplaced() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("channel", "websocket");
    details.put("duration_s", 93.5);
    details.put("auth", Map.of("access_token", "eyJabc", "scheme", "cognito"));
    details.put("turns", List.of(1, 2, 3));
    details.put("note", "login with password=hunter2hunter2");

    SessionEventRecord r = logger.logSessionEvent("sess-1", "user-1", "session_start", details);

    assertThat(r.details()).containsOnlyKeys("channel", "duration_s", "auth", "turns", "note");
    assertThat(r.details().get("turns")).isEqualTo(List.of(1L, 2L, 3L));
    assertThat(((Map<?, ?>) r.details().get("auth")).get("access_token")).isEqualTo("[REDACTED]");
    assertThat(r.details().get("note")).isEqualTo("login with password=[REDACTED]");
    assertThat(sink.lines().get(0)).doesNotContain("eyJabc").doesNotContain("hunter2")
        .contains("\"channel\":\"websocket\",\"duration_s\":93.5");
    assertThat(r.dataQuality()).containsExactly("secret_redacted:details");
  }

  @Test
  void sessionEventsWithNothingGetDefaults() {
    SessionEventRecord r = logger.logSessionEvent(null, null, null, null);

    assertThat(r.sessionId()).isEqualTo("unknown");
    assertThat(r.details()).isEmpty();
    assertThat(r.dataQuality()).containsExactly("missing_value_defaulted:session_id",
        "missing_value_defaulted:user_id", "missing_value_defaulted:event_type");
  }

  @Test
  void selfReferencingDetailsDoNotHangOrThrow() {
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);

    SessionEventRecord r = logger.logSessionEvent("s", "u", "error", loop);

    assertThat(sink.lines()).hasSize(1);
    assertThat(FmLogJsonReader.read(sink.lines().get(0))).isEqualTo(r);
  }
}
