package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FmLogJsonWriterTest {

  @Test
  void threadsReusingTheirGeneratorsWriteIdenticalLines() throws Exception {
    InMemorySink sink = new InMemorySink();
    SeedExamples.all(SeedExamples.logger(sink));
    List<InMemorySink.Entry> expected = sink.entries();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      results.add(pool.submit(() -> {
        for (int i = 0; i < 500; i++) {
          InMemorySink.Entry e = expected.get(i % expected.size());
          if (!FmLogJsonWriter.toJson(e.record()).equals(e.jsonLine())) {
            return false;
          }
        }
        return true;
      }));
    }
    pool.shutdown();
    for (Future<Boolean> f : results) {
      assertThat(f.get()).isTrue();
    }
  }

  @Test
  void aHugeRecordDoesNotLeaveAHugeBufferBehindAndTheNextLineIsClean() {
    FmCallLogger logger = FmCallLogger.builder().sink(new InMemorySink()).captureContent(true)
        .maxCapturedChars(200_000).build();
    FmLogRecord huge = logger.call().sessionId("s").userId("u").model("m")
        .promptText("x".repeat(150_000)).build();
    FmLogRecord small = logger.call().requestId("r").sessionId("s").userId("u").model("m")
        .promptText("y").build();

    String first = FmLogJsonWriter.toJson(huge);
    String second = FmLogJsonWriter.toJson(small);

    assertThat(first.length()).isGreaterThan(150_000);
    assertThat(second).startsWith("{\"log_type\":\"FM_CALL\"").endsWith("}").hasSizeLessThan(2000);
    assertThat(FmLogJsonReader.read(second)).isEqualTo(small);
  }
}
