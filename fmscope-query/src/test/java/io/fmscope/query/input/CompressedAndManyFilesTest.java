package io.fmscope.query.input;

import static io.fmscope.query.input.Files2.gzip;
import static io.fmscope.query.input.Files2.read;
import static io.fmscope.query.input.Files2.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressedAndManyFilesTest {
    @TempDir
    Path dir;

    @Test
    void gzipIsDetectedByMagicBytesNotByName() throws IOException {
        String lines = "{\"timestamp\":1714557600000,\"message\":\"zipped\"}\n";
        Files2.Read r = read(write(dir, "no-extension", gzip(lines)), ReadOptions.DEFAULT);
        assertThat(r.format()).isEqualTo(InputFormat.CLOUDWATCH_EVENTS);
        assertThat(r.events()).extracting(LogEvent::message).containsExactly("zipped");
        Files2.Read plain = read(write(dir, "plain.gz", lines), ReadOptions.DEFAULT);
        assertThat(plain.events()).extracting(LogEvent::message).containsExactly("zipped");
    }

    @Test
    void largeGzipStreamsInOrder() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append("{\"seq\":").append(i).append(",\"timestamp\":").append(1_714_557_600_000L + i).append("}\n");
        }
        Path p = write(dir, "big.jsonl.gz", gzip(b.toString()));
        try (LogFileReader r = LogFileReader.open(p, ReadOptions.DEFAULT);
             Stream<LogEvent> s = r.stream()) {
            long[] expected = {1_714_557_600_000L};
            assertThat(s.allMatch(e -> e.timestamp() == expected[0]++)).isTrue();
            assertThat(r.counts().events()).isEqualTo(50_000);
        }
    }

    @Test
    void severalFilesOneStreamSummedCounts() throws IOException {
        Path a = write(dir, "a.jsonl", "{\"timestamp\":1,\"message\":\"a1\"}\n{broken\n");
        Path b = write(dir, "b.txt.gz", gzip("b1\nb2\n"));
        Path c = write(dir, "c.log", "{\"n\":1}\n");
        try (LogFiles files = LogFiles.open(List.of(a, b, c), ReadOptions.DEFAULT)) {
            List<LogEvent> events = files.stream().toList();
            assertThat(events).extracting(LogEvent::message).containsExactly("a1", "b1", "b2", "{\"n\":1}");
            assertThat(events).extracting(LogEvent::logGroup).containsExactly("a.jsonl", "b.txt.gz", "b.txt.gz",
                    "c.log");
            ReadCounts counts = files.counts();
            assertThat(counts.events()).isEqualTo(4);
            assertThat(counts.broken()).isEqualTo(1);
            assertThat(counts.lines()).isEqualTo(5);
        }
    }
}
