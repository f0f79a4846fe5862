package io.fmscope.server.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.Retention;
import io.fmscope.storage.StreamCatalog;
import io.fmscope.storage.duckdb.DuckLogStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <data-dir>/import/*.jsonl[.gz]} is imported when the server starts, once: a restart imports nothing
 * again, and an import cut short (before or after a batch's commit) resumes without losing or repeating events.
 */
class ImportDirectoryTest {
    private static final long T0 = System.currentTimeMillis() - 3_600_000L;
    @TempDir Path dataDir;

    private void write(String name, List<String> lines, boolean gzip) throws IOException {
        Path dir = dataDir.resolve(FmscopeServer.IMPORT_DIR);
        Files.createDirectories(dir);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))
                : Files.newOutputStream(dir.resolve(name))) {
            out.write(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> messages(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("{\"timestamp_epoch_ms\":" + (T0 + i) + ",\"status\":\"" + (i % 3 == 0 ? "ERROR" : "SUCCESS")
                    + "\",\"i\":" + i + "}");
        }
        return out;
    }

    private static long count(LogStore store, String group) {
        long n = 0;
        try (EventScan s = store.reader().scan().logGroups(List.of(group)).open()) {
            while (s.hasNext()) {
                s.next();
                n++;
            }
        }
        return n;
    }

    @Test void filesAreImportedAtStartOnceIntoTheGroupTheirNameSpells() throws Exception {
        write("%2Fmanga-assist%2Ffm-calls.jsonl.gz", messages(12_345), true);
        write("envelopes.jsonl", List.of(
                "{\"timestamp\":" + T0 + ",\"message\":\"first\",\"logStreamName\":\"app-1\"}",
                "{\"timestamp\":" + (T0 + 1) + ",\"message\":\"second\",\"logStreamName\":\"app-2\"}"), false);
        write("notes.txt", List.of("not imported"), false);
        ServerConfig config = ServerConfig.defaults().withPort(0).withStorage("duckdb", dataDir);
        for (int start = 0; start < 2; start++) {
            try (FmscopeServer server = FmscopeServer.start(config, new ReferenceInsightsEngine())) {
                LogStore store = server.store();
                assertThat(count(store, "/manga-assist/fm-calls")).isEqualTo(12_345);
                assertThat(store.streams().list("/manga-assist/fm-calls")).extracting(s -> s.name())
                        .containsExactly("%2Fmanga-assist%2Ffm-calls.jsonl.gz");
                assertThat(count(store, "envelopes")).isEqualTo(2);
                assertThat(store.streams().list("envelopes")).extracting(s -> s.name()).containsExactly("app-1", "app-2");
                assertThat(store.groups().list("")).extracting(g -> g.name())
                        .containsExactly("/manga-assist/fm-calls", "envelopes");
            }
        }
        assertThat(Files.readString(dataDir.resolve("import").resolve(ImportLedger.FILE))).contains("\"complete\":true");
    }

    @Test void anImportStoppedBeforeABatchCommitResumesWithoutLoss() throws Exception {
        write("g.jsonl", messages(25_000), false);
        Path dir = dataDir.resolve(FmscopeServer.IMPORT_DIR);
        try (DuckLogStore store = DuckLogStore.open(dataDir)) {
            ImportDirectory.Outcome o = new ImportDirectory(dir, new Failing(store, 2, false), Clock.systemUTC(), true).run();
            assertThat(o.eventsImported()).isZero(); // the file stopped half way: logged, not counted
            assertThat(count(store, "g")).isEqualTo(10_000);
            assertThat(new ImportDirectory(dir, store, Clock.systemUTC(), true).run().eventsImported()).isEqualTo(15_000);
            assertThat(count(store, "g")).isEqualTo(25_000);
        }
    }

    @Test void anImportStoppedAfterABatchCommitDoesNotRepeatIt() throws Exception {
        write("g.jsonl", messages(25_000), false);
        Path dir = dataDir.resolve(FmscopeServer.IMPORT_DIR);
        try (DuckLogStore store = DuckLogStore.open(dataDir)) {
            new ImportDirectory(dir, new Failing(store, 2, true), Clock.systemUTC(), true).run();
            assertThat(count(store, "g")).isEqualTo(20_000);
            assertThat(new ImportDirectory(dir, store, Clock.systemUTC(), true).run().eventsImported()).isEqualTo(5_000);
            assertThat(count(store, "g")).isEqualTo(25_000);
            assertThat(new ImportDirectory(dir, store, Clock.systemUTC(), true).run().eventsImported()).isZero();
        }
    }

    @Test void fileNamesMapToGroups() {
        assertThat(ImportDirectory.group("%2Fecs%2Fmanga-assist.jsonl.gz")).isEqualTo("/ecs/manga-assist");
        assertThat(ImportDirectory.group("app.jsonl")).isEqualTo("app");
        assertThat(ImportDirectory.group("app.json")).isNull();
        assertThat(ImportDirectory.group(".imported.json")).isNull();
        assertThat(ImportDirectory.group(".jsonl")).isNull();
    }

    /** A store whose writer stops at the {@code failAt}-th batch, before or after storing it (a crash). */
    private static final class Failing implements LogStore {
        private final LogStore inner;
        private final int failAt;
        private final boolean afterCommit;
        private int calls;

        Failing(LogStore inner, int failAt, boolean afterCommit) {
            this.inner = inner;
            this.failAt = failAt;
            this.afterCommit = afterCommit;
        }

        @Override public LogWriter writer() {
            return batch -> {
                if (++calls == failAt) {
                    if (afterCommit) {
                        inner.writer().append(batch);
                    }
                    throw new IllegalStateException("simulated crash");
                }
                inner.writer().append(batch);
            };
        }

        @Override public LogReader reader() {
            return inner.reader();
        }

        @Override public GroupCatalog groups() {
            return inner.groups();
        }

        @Override public StreamCatalog streams() {
            return inner.streams();
        }

        @Override public Retention retention() {
            return inner.retention();
        }

        @Override public String name() {
            return inner.name();
        }

        @Override public void close() {
            // the test closes the real store
        }
    }

    @Test void aBadGroupNameSkipsTheFile() throws Exception {
        write("bad%3Aname%2A.jsonl", messages(3), false);
        try (DuckLogStore store = DuckLogStore.open(dataDir)) {
            var o = new ImportDirectory(dataDir.resolve(FmscopeServer.IMPORT_DIR), store, Clock.systemUTC(), true).run();
            assertThat(o.filesImported()).isZero();
            assertThat(store.groups().list("")).isEmpty();
        }
        assertThatThrownBy(() -> Names.group("logGroupName", "bad:name*"))
                .isInstanceOf(io.fmscope.server.api.ApiException.class);
    }
}
