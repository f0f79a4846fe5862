package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.sdk.export.InMemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmLogJsonReaderTest {

  @Test
  void everySeedExampleReadsBackEqual() {
    InMemorySink sink = new InMemorySink();
    SeedExamples.all(SeedExamples.logger(sink));

    for (InMemorySink.Entry e : sink.entries()) {
      assertThat(FmLogJsonReader.read(e.jsonLine())).isEqualTo(e.record());
      assertThat(FmLogJsonWriter.toJson(e.record())).isEqualTo(e.jsonLine());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not json|not valid JSON",
      "[1,2]|must be a JSON object",
      "{\"status\":\"SUCCESS\"}|no log_type",
      "{\"log_type\":\"METRIC\"}|unknown log_type 'METRIC'"})
  void rejectsLinesThatAreNotRecords(String line, String message) {
    assertThatThrownBy(() -> FmLogJsonReader.read(line))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void readsAMinimalLineWithDefaults() {
    FmCallRecord r = (FmCallRecord) FmLogJsonReader.read(
        "{\"log_type\":\"FM_CALL\",\"metadata\":{\"timestamp_epoch_ms\":1000},\"future\":{}}");

    assertThat(r.status()).isEqualTo(FmCallStatus.SUCCESS);
    assertThat(r.metadata().timestampIso()).isEqualTo("1970-01-01T00:00:01.000Z");
    assertThat(r.promptMetrics()).isNull();
    assertThat(r.tags()).isEmpty();
  }
}
