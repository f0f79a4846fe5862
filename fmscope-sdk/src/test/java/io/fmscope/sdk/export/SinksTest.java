package io.fmscope.sdk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinksTest {
  private static final FmLogRecord RECORD = new SessionEventRecord("s", "u", "start", Map.of(),
      Instant.EPOCH, null, List.of());

  @TempDir
  Path dir;

  @Test
  void fileSinkAppendsOneLinePerRecordAcrossReopens() throws Exception {
    Path file = dir.resolve("logs/fm.jsonl");
    try (FileSink sink = FileSink.append(file)) {
      sink.emit(RECORD, "{\"n\":1}");
      sink.emit(RECORD, "{\"n\":\"漫画\"}");
      assertThat(Files.readAllLines(file)).containsExactly("{\"n\":1}", "{\"n\":\"漫画\"}");
    }
    try (FileSink sink = FileSink.append(file)) {
      sink.emit(RECORD, "{\"n\":3}");
    }

    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactly("{\"n\":1}", "{\"n\":\"漫画\"}", "{\"n\":3}");
  }

  @Test
  void fileSinkKeepsConcurrentLinesWhole() throws Exception {
    Path file = dir.resolve("concurrent.jsonl");
    FileSink sink = FileSink.append(file);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      pool.submit(() -> {
        for (int i = 0; i < 250; i++) {
          sink.emit(RECORD, "{\"t\":" + thread + ",\"i\":" + i + ",\"pad\":\"" + "x".repeat(200)
              + "\"}");
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    sink.close();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1000).allMatch(l -> l.startsWith("{\"t\":") && l.endsWith("\"}"));
  }

  @Test
  void fileSinkDropsAndCountsAfterClose() throws Exception {
    FileSink sink = FileSink.append(dir.resolve("closed.jsonl"));
    sink.close();
    sink.emit(RECORD, "{}");
    sink.close();

    assertThat(sink.droppedAfterClose()).isEqualTo(1);
    assertThat(Files.readAllLines(sink.path())).isEmpty();
  }

  @Test
  void streamSinkWritesJsonLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StreamSink sink = new StreamSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    sink.emit(RECORD, "{\"a\":1}");
    sink.emit(RECORD, "{\"b\":2}");

    assertThat(sink.flush(Duration.ofSeconds(1))).isTrue();
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly("{\"a\":1}",
        "{\"b\":2}");
  }

  @Test
  void inMemorySinkKeepsTheNewestUpToItsCapacity() {
    InMemorySink sink = new InMemorySink(2);
    for (int i = 0; i < 5; i++) {
      sink.emit(RECORD, "{\"i\":" + i + "}");
    }

    assertThat(sink.lines()).containsExactly("{\"i\":3}", "{\"i\":4}");
    assertThat(sink.accepted()).isEqualTo(5);
    assertThat(sink.evicted()).isEqualTo(3);
    assertThat(sink.records()).containsOnly(RECORD);
    assertThat(sink.fmCalls()).isEmpty();
    sink.clear();
    assertThat(sink.entries()).isEmpty();
  }

  @Test
  void compositeTriesEverySinkThenReportsTheFirstFailure() {
    InMemorySink a = new InMemorySink();
    InMemorySink b = new InMemorySink();
    List<String> closed = new ArrayList<>();
    LogSink failing = new LogSink() {
      @Override
      public void emit(FmLogRecord record, String jsonLine) {
        throw new IllegalStateException("down");
      }

      @Override
      public void close() {
        closed.add("failing");
      }
    };
    LogSink all = LogSink.composite(List.of(a, failing, b));

    assertThatThrownBy(() -> all.emit(RECORD, "{}")).hasMessage("down");
    all.close();

    assertThat(a.lines()).containsExactly("{}");
    assertThat(b.lines()).containsExactly("{}");
    assertThat(closed).containsExactly("failing");
    assertThat(all.flush(Duration.ofSeconds(1))).isTrue();
  }

  @Test
  void noopAcceptsEverything() {
    LogSink.noop().emit(RECORD, "{}");
    assertThat(LogSink.noop().flush(Duration.ZERO)).isTrue();
  }
}
