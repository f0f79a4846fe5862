package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {

  @Test
  void everySeedExampleValidatesAgainstItsSchema() {
    InMemorySink sink = new InMemorySink();
    SeedExamples.all(SeedExamples.logger(sink));

    List<InMemorySink.Entry> entries = sink.entries();
    assertThat(entries).hasSize(7);
    for (InMemorySink.Entry e : entries) {
      assertThat(Schemas.errors(e.record(), e.jsonLine())).as(e.jsonLine()).isEmpty();
    }
  }

  @Test
  void examplesCoverEverySectionAndStatusTheSeedDescribes() {
    InMemorySink sink = new InMemorySink();
    SeedExamples.all(SeedExamples.logger(sink));

    List<String> statuses = sink.fmCalls().stream().map(r -> r.status().name()).toList();
    assertThat(statuses).containsExactly("SUCCESS", "ERROR", "THROTTLED", "CONTENT_FILTERED",
        "SUCCESS");
    assertThat(sink.records()).extracting(r -> r.logType())
        .contains("FM_CALL", "RAG_RETRIEVAL", "SESSION_EVENT");
    FmCallRecord cacheHit = sink.fmCalls().get(4);
    assertThat(cacheHit.cost().wasCached()).isTrue();
  }

  @Test
  void schemaRejectsWhatTheLoggerNeverWrites() {
    InMemorySink sink = new InMemorySink();
    SeedExamples.fmCalls(SeedExamples.logger(sink));
    String good = sink.lines().get(0);

    List<String> bad = List.of(
        good.replace("\"total_input_tokens\":2095", "\"total_input_tokens\":-1"),
        good.replace("\"status\":\"SUCCESS\"", "\"status\":\"OK\""),
        good.replace("\"timestamp_iso\":\"2024-03-15T09:30:00.123Z\"",
            "\"timestamp_iso\":\"2024-03-15T09:30:00.123456+00:00\""),
        good.replace("\"bedrock_invoke_ms\":1840.5,", ""),
        good.replace("\"log_type\":\"FM_CALL\",", "\"log_type\":\"FM_CALL\",\"surprise\":1,"));
    for (String json : bad) {
      assertThat(json).isNotEqualTo(good);
      assertThat(Schemas.FM_CALL.validate(json, InputFormat.JSON)).as(json).isNotEmpty();
    }
  }
}
