package io.fmscope.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.cli.Main;
import io.fmscope.model.log.LogEvent;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.memory.MemoryLogStore;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fmscope ingest` sends plain and gzip JSON-lines files to a running server; every line arrives. */
class IngestCommandTest {
    @TempDir Path dir;

    @Test void plainAndGzipFilesArriveWhole() throws Exception {
        long now = System.currentTimeMillis();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            lines.add("{\"timestamp\":" + (now - 3_600_000L + i * 1000L) + ",\"level\":\"INFO\",\"n\":" + i + "}");
        }
        Path plain = dir.resolve("app-a.jsonl");
        Files.write(plain, lines.subList(0, 1_000));
        Path gz = dir.resolve("app-b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(String.join("\n", lines.subList(1_000, 3_000)).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        try (FmscopeServer server = FmscopeServer.start(ServerConfig.defaults().withPort(0), new MemoryLogStore(),
                new ReferenceInsightsEngine(), Clock.systemUTC())) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.newCommandLine().execute("ingest", "--server", "http://127.0.0.1:" + server.port(),
                        "--log-group", "/imported", plain.toString(), gz.toString());
            } finally {
                System.setErr(oldErr);
            }
            assertThat(code).isZero();
            List<LogEvent> stored = new ArrayList<>();
            try (EventScan s = server.store().reader().scan().logGroups(List.of("/imported")).open()) {
                s.forEachRemaining(stored::add);
            }
            assertThat(stored).extracting(LogEvent::message).containsExactlyInAnyOrderElementsOf(lines);
            assertThat(stored).extracting(LogEvent::timestamp).isSorted();
            assertThat(server.store().streams().list("/imported")).hasSize(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2/2 files").contains("3,000 events sent");
    }
}
