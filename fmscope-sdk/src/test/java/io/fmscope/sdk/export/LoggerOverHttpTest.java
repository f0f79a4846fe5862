package io.fmscope.sdk.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.sdk.log.FmLogJsonReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggerOverHttpTest {

  @Test
  void recordsLoggedOnSeveralThreadsArriveAtTheEndpointIntact() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> n % 3 == 0 ? 503 : 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(HttpExporterConfig
          .builder(endpoint.uri()).maxBatchSize(25).backoff(Duration.ofMillis(5),
              Duration.ofMillis(20)).build());
      InMemorySink memory = new InMemorySink();
      FmCallLogger logger = FmCallLogger.builder().sink(exporter).sink(memory).build();

      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        threads.add(Thread.ofPlatform().start(() -> {
          for (int i = 0; i < 50; i++) {
            logger.call().requestId("req-" + thread + "-" + i).sessionId("s").userId("u")
                .model("anthropic.claude-3-haiku-20240307-v1:0").promptText("おすすめ " + i)
                .tokens(10, 20, 5, 40).status(FmCallStatus.SUCCESS).log();
          }
        }));
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(logger.flush(Duration.ofSeconds(20))).isTrue();
      logger.close();

      List<FmLogRecord> received = endpoint.acceptedLines().stream()
          .map(FmLogJsonReader::read).toList();
      assertThat(received).hasSize(200).containsExactlyInAnyOrderElementsOf(memory.records());
      assertThat(received).allSatisfy(r -> assertThat(((FmCallRecord) r).promptMetrics()
          .totalInputTokens()).isEqualTo(35));
      assertThat(exporter.stats().retries()).isPositive();
      assertThat(logger.stats().sinkFailures()).isZero();
    }
  }
}
