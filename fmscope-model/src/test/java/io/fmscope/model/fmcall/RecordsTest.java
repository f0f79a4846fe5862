package io.fmscope.model.fmcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records never throw: nulls become defaults, collections are copied. */
class RecordsTest {

  @Test
  void fmCallRecordDefaultsStatusAndCopiesCollections() {
    Map<String, String> tags = new HashMap<>();
    tags.put("env", "prod");
    tags.put("bad", null);

    FmCallRecord r = new FmCallRecord(null, null, null, null, null, null, null, tags, null,
        Arrays.asList("a", null));
    tags.put("late", "x");

    assertThat(r.status()).isEqualTo(FmCallStatus.SUCCESS);
    assertThat(r.logType()).isEqualTo("FM_CALL");
    assertThat(r.tags()).containsExactly(Map.entry("env", "prod"));
    assertThat(r.dataQuality()).containsExactly("a");
    assertThat(r.timestamp()).isNull();
    assertThat(r.traceId()).isNull();
  }

  @Test
  void metadataDerivesIsoAndEpochFromOneInstant() {
    FmCallMetadata m = new FmCallMetadata("r", "s", "u", 1, "m", "v", "ap-northeast-1",
        Instant.parse("2024-03-15T09:30:00.123456Z"), null, null);

    assertThat(m.timestampIso()).isEqualTo("2024-03-15T09:30:00.123Z");
    assertThat(m.timestampEpochMs()).isEqualTo(1710495000123L);
    assertThat(new FmCallMetadata(null, null, null, 0, null, null, null, null, null, null)
        .timestamp()).isEqualTo(Instant.EPOCH);
    assertThat(new FmCallMetadata(null, null, null, 0, null, null, null, Instant.MAX, null, null)
        .timestampIso()).isEqualTo("9999-12-31T23:59:59.999Z");
  }

  @Test
  void latencyBreakdownMapsEveryComponentByNameAndIndex() {
    double[] v = new double[LatencyComponent.values().length];
    for (int i = 0; i < v.length; i++) {
      v[i] = i + 0.5;
    }
    LatencyBreakdown l = LatencyBreakdown.of(v);

    assertThat(LatencyComponent.values()).hasSize(11);
    for (LatencyComponent c : LatencyComponent.values()) {
      assertThat(l.get(c)).isEqualTo(c.ordinal() + 0.5);
      assertThat(LatencyComponent.byJsonName(c.jsonName())).isSameAs(c);
    }
    assertThat(l.toArray()).containsExactly(v);
    assertThat(l.bedrockInvokeMs()).isEqualTo(7.5);
    assertThat(LatencyComponent.byJsonName("nope")).isNull();
    assertThat(LatencyBreakdown.ZERO.toArray()).containsOnly(0.0);
  }

  @Test
  void ragAndSessionRecordsNormaliseNulls() {
    RagRetrievalRecord rag = new RagRetrievalRecord("r", "s", "h", "i", 1, 1, 1,
        Arrays.asList(0.5, null), 0.5, 0.5, 0.5, 1, null, null, null, null, null);
    SessionEventRecord ev = new SessionEventRecord("s", "u", "start", null, null, null, null);

    assertThat(rag.relevanceScores()).containsExactly(0.5);
    assertThat(rag.timestamp()).isEqualTo(Instant.EPOCH);
    assertThat(rag.dataQuality()).isEmpty();
    assertThat(rag.logType()).isEqualTo("RAG_RETRIEVAL");
    assertThat(ev.details()).isEmpty();
    assertThat(ev.logType()).isEqualTo("SESSION_EVENT");
  }

  @Test
  void enumsParseTheirJsonValues() {
    assertThat(FmCallStatus.parse("CONTENT_FILTERED")).isEqualTo(FmCallStatus.CONTENT_FILTERED);
    assertThat(FmCallStatus.parse("success")).isNull();
    assertThat(ErrorSeverity.parse("high")).isEqualTo(ErrorSeverity.HIGH);
    assertThat(ErrorSeverity.parse(null)).isNull();
    assertThat(DataQualityIssue.NEGATIVE_VALUE_CLAMPED.flag("latency.total_e2e_ms"))
        .isEqualTo("negative_value_clamped:latency.total_e2e_ms");
    assertThat(List.of(DataQualityIssue.values())).extracting(DataQualityIssue::code)
        .allMatch(c -> c.matches("[a-z_]+"));
    assertThat(CostMetrics.unknownPricing(true).pricingUnknown()).isTrue();
    assertThat(new ErrorDetails("t", "c", "m", null, 0, false, "r", "", "").errorSeverity())
        .isEqualTo(ErrorSeverity.MEDIUM);
  }
}
