package io.fmscope.cli.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run fmscope(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    /** CloudWatch event envelopes as get-log-events/filter-log-events lines. */
    private Path cloudWatchEvents() throws IOException {
        return write("events.jsonl",
                "{\"timestamp\":1714564800000,\"message\":\"{\\\"status\\\":\\\"SUCCESS\\\",\\\"ms\\\":120}\",\"logStreamName\":\"a\"}",
                "{\"timestamp\":1714564860000,\"message\":\"{\\\"status\\\":\\\"ERROR\\\",\\\"ms\\\":900}\",\"logStreamName\":\"a\"}",
                "{\"timestamp\":1714565100000,\"message\":\"{\\\"status\\\":\\\"SUCCESS\\\",\\\"ms\\\":300}\",\"logStreamName\":\"b\"}");
    }

    @Test
    void tableOutputAndSummary() throws IOException {
        Run r = fmscope("query", "stats count(*) as n, avg(ms) as avg by status | sort n desc",
                "--file", cloudWatchEvents().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("status  | n | avg", "--------+---+----",
                "SUCCESS | 2 | 210", "ERROR   | 1 | 900");
        assertThat(r.err()).contains("2 rows").contains("3 events scanned");
    }

    @Test
    void diffWithStartAndEndComparesWithTheHourBeforeThem() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add("{\"timestamp\":\"2024-05-01T09:%02d:00Z\",\"message\":\"ERROR upstream timeout after %d ms\"}"
                    .formatted(i * 5, 100 + i));
        }
        for (int i = 0; i < 3; i++) {
            lines.add("{\"timestamp\":\"2024-05-01T10:%02d:00Z\",\"message\":\"ERROR upstream timeout after %d ms\"}"
                    .formatted(i * 5, 200 + i));
        }
        Path file = write("diff.jsonl", lines.toArray(String[]::new));
        Run r = fmscope("query", "pattern @message | diff | display @currentCount, @previousCount, @status",
                "--start", "2024-05-01T10:00:00Z", "--end", "2024-05-01T10:59:59.999Z", "--file", file.toString(),
                "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("@currentCount,@previousCount,@status", "3,6,unchanged");
    }

    @Test
    void jsonIsAnArrayOfObjectsInResultOrder() throws IOException {
        Run r = fmscope("query", "fields @timestamp, status, ms, missing | sort ms desc", "--file",
                cloudWatchEvents().toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("ms").isNumber()).isTrue();
        assertThat(rows.get(0).get("ms").asLong()).isEqualTo(900);
        assertThat(rows.get(0).get("@timestamp").asText()).isEqualTo("2024-05-01 12:01:00.000");
        assertThat(rows.get(0).has("missing")).isFalse();
    }

    @Test
    void csvQuotesWhatNeedsIt() throws IOException {
        Path text = write("app.log", "a,b \"quoted\"", "plain");
        Run r = fmscope("query", "fields @message | sort @message", "--file", text.toString(), "--format", "csv");
        assertThat(r.out()).isEqualTo("@message\r\n\"a,b \"\"quoted\"\"\"\r\nplain\r\n");
    }

    @Test
    void gzipAndSeveralFilesAndJsonMessages() throws IOException {
        Path gz = dir.resolve("msgs.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(("{\"@timestamp\":\"2024-05-01T12:00:00Z\",\"status\":\"SUCCESS\",\"ms\":5}\n"
                    + "{\"@timestamp\":\"2024-05-01T12:10:00Z\",\"status\":\"ERROR\",\"ms\":7}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Run r = fmscope("query", "stats count(*) as n, sum(ms) as total", "--file", gz.toString(), "--file",
                cloudWatchEvents().toString(), "--format", "csv");
        assertThat(r.out()).isEqualTo("n,total\r\n5,1332\r\n");
    }

    @Test
    void startAndEndTakeEpochSecondsOrIso() throws IOException {
        Path f = cloudWatchEvents();
        Run iso = fmscope("query", "stats count(*) as n", "--file", f.toString(), "--start", "2024-05-01T12:01:00Z",
                "--format", "csv");
        assertThat(iso.out()).isEqualTo("n\r\n2\r\n");
        Run epoch = fmscope("query", "stats count(*) as n", "--file", f.toString(), "--start", "1714564800",
                "--end", "1714564860", "--format", "csv");
        assertThat(epoch.out()).isEqualTo("n\r\n2\r\n");
        assertThat(fmscope("query", "fields x", "--file", f.toString(), "--start", "yesterday").exit()).isNotZero();
    }

    @Test
    void brokenLinesAndGarbageAreSkippedAndCounted() throws IOException {
        Path p = dir.resolve("mixed.jsonl");
        byte[] garbage = {0x00, (byte) 0xff, (byte) 0xfe, 0x01, '\n'};
        try (OutputStream o = Files.newOutputStream(p)) {
            o.write("{\"timestamp\":1714564800000,\"message\":\"ok 1\"}\n".getBytes(StandardCharsets.UTF_8));
            o.write("{\"timestamp\":1714564800001,\"message\":\"broken\n".getBytes(StandardCharsets.UTF_8));
            o.write(garbage);
            o.write("{\"timestamp\":1714564800002,\"message\":\"ok 2\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Run r = fmscope("query", "stats count(*) as n", "--file", p.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("n\r\n2\r\n");
        assertThat(r.err()).contains("skipped lines: 1 broken, 1 binary");
    }

    @Test
    void checkOnlyAnalyzes() {
        Run ok = fmscope("query", "--check", "fields @timestamp | stats count(*) by bin(5m)");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEmpty();
        Run bad = fmscope("query", "--check", "fields @message\n| stats cnt(*)");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().lines().findFirst().orElseThrow()).isEqualTo("2:9: unknown function 'cnt'; did you mean 'count'?");
    }

    @Test
    void badQueryWhenRunningExitsTwoAndMissingFileExitsOne() throws IOException {
        assertThat(fmscope("query", "fitler x", "--file", cloudWatchEvents().toString()).exit()).isEqualTo(2);
        Run missing = fmscope("query", "fields x", "--file", dir.resolve("nope.log").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot read");
        assertThat(fmscope("query", "fields x").exit()).as("no --file").isEqualTo(1);
    }

    @Test
    void limitCapsRowsAndSaysSo() throws IOException {
        Run r = fmscope("query", "fields ms", "--file", cloudWatchEvents().toString(), "--limit", "2", "--format", "csv");
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.err()).contains("more rows exist");
    }
}
