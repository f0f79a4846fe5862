package io.fmscope.benchmarks.logstore;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.duckdb.DuckLogStore;
import io.fmscope.storage.duckdb.DuckSettings;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the CPU time of ingest goes, without HTTP: the same seed-shaped JSON lines loaded four ways, each into a
 * fresh database file and checkpointed, timed as process CPU per event (all threads, DuckDB's included) and wall
 * time. (1) DuckDB's {@code read_json}, the ingest benchmark's baseline: typed values only, no raw text. (2) The raw
 * lines alone, ZSTD, as the log store keeps {@code @message}. (3) Both in DuckDB alone: the raw line kept and parsed
 * once by {@code json_transform} into typed values (the structure detected beforehand), the least a store keeping
 * raw and typed data can cost in DuckDB. (4) The log store's own write path ({@link DuckLogStore} writer: field
 * discovery, the Appender, one transaction per batch) in PutLogEvents-sized batches, the events built beforehand.
 * <pre>java -Xmx10g -cp ... io.fmscope.benchmarks.logstore.IngestFloor [--events 1000000] [--runs 2] [--batch 735]
 *     [--work DIR]</pre>
 */
public final class IngestFloor {
    private IngestFloor() {
    }

    private record Load(String name, long cpuNanos, long wallNanos) {
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000_000;
        int runs = 2;
        int batch = 735;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "fmscope-ingest-floor");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        SeedShapedLog log = new SeedShapedLog(System.currentTimeMillis() - 30 * 3_600_000L, 100, 20_240_501L);
        Path lines = work.resolve("events.jsonl");
        List<LogEvent> all = new ArrayList<>(events);
        try (BufferedWriter out = Files.newBufferedWriter(lines)) {
            for (int i = 0; i < events; i++) {
                String m = log.message(i);
                out.write(m);
                out.write('\n');
                all.add(LogEvent.of(log.timestamp(i), m, "task-0", LogStoreBenchmark.GROUP, String.format("%020d", i)));
            }
        }
        String file = "'" + lines.toString().replace("'", "''") + "'";
        String structure = structure(file);
        String quoted = "'" + structure.replace("'", "''") + "'";
        String type = typeOf("json_transform(json, " + quoted + ")", file);
        List<List<Load>> results = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            System.err.printf("run %d of %d%n", r + 1, runs);
            List<Load> run = new ArrayList<>();
            run.add(sql(work, "read_json (typed values only)", null,
                    "CREATE TABLE events AS SELECT * FROM read_json(" + file + ")"));
            run.add(sql(work, "raw lines only, ZSTD", "CREATE TABLE events (msg VARCHAR USING COMPRESSION zstd)",
                    "INSERT INTO events SELECT json::VARCHAR FROM read_json_objects(" + file + ")"));
            run.add(sql(work, "raw lines (ZSTD) + typed values, each line parsed once in DuckDB",
                    "CREATE TABLE events (ts BIGINT, msg VARCHAR USING COMPRESSION zstd, j " + type + ")",
                    "INSERT INTO events SELECT 0, json::VARCHAR, json_transform(json, "
                            + quoted + ") FROM read_json_objects(" + file + ")"));
            run.add(store(work, all, batch));
            results.add(run);
        }
        System.out.print(markdown(results, events, batch));
    }

    /** The typed structure of the first 100,000 lines, merged (what read_json detects from its sample). */
    private static String structure(String file) throws Exception {
        return scalar("SELECT json_group_structure(json) FROM (SELECT json FROM read_json_objects(" + file
                + ") LIMIT 100000)");
    }

    private static String typeOf(String expression, String file) throws Exception {
        return scalar("SELECT typeof(" + expression + ") FROM read_json_objects(" + file + ") LIMIT 1");
    }

    private static String scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** {@code setup} (untimed, may be null), then {@code load} and a checkpoint, timed. */
    private static Load sql(Path work, String name, String setup, String load) throws Exception {
        Path db = work.resolve("floor.duckdb");
        clean(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            if (setup != null) s.execute(setup);
            long cpu = LogStoreBenchmark.processCpuNanos();
            long t0 = System.nanoTime();
            s.execute(load);
            s.execute("CHECKPOINT");
            return new Load(name, LogStoreBenchmark.processCpuNanos() - cpu, System.nanoTime() - t0);
        } finally {
            clean(db);
        }
    }

    private static Load store(Path work, List<LogEvent> all, int batch) throws Exception {
        Path dir = work.resolve("store");
        LogStoreBenchmark.deleteTree(dir);
        try (DuckLogStore store = DuckLogStore.open(dir, DuckSettings.DEFAULT)) {
            store.groups().create(LogStoreBenchmark.GROUP, 0);
            store.streams().create(LogStoreBenchmark.GROUP, "task-0", 0);
            long cpu = LogStoreBenchmark.processCpuNanos();
            long t0 = System.nanoTime();
            for (int i = 0; i < all.size(); i += batch) {
                store.writer().append(all.subList(i, Math.min(all.size(), i + batch)));
            }
            try (Connection c = store.readerConnection(); Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return new Load("the log store's writer (discovery, Appender, a transaction per " + batch + " events)",
                    LogStoreBenchmark.processCpuNanos() - cpu, System.nanoTime() - t0);
        } finally {
            LogStoreBenchmark.deleteTree(dir);
        }
    }

    private static void clean(Path db) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    private static String markdown(List<List<Load>> results, int events, int batch) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%,d seed-shaped events, %d runs, %d cores; medians%n%n", events, results.size(), cores));
        b.append("| load | CPU per event | wall | runs (CPU µs/event) | CPU-bound rate / read_json's |\n");
        b.append("|---|---|---|---|---|\n");
        double baseline = 0;
        for (int k = 0; k < results.getFirst().size(); k++) {
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (List<Load> run : results) {
                cpu.add(run.get(k).cpuNanos() / 1e3 / events);
                wall.add(run.get(k).wallNanos() / 1e6);
            }
            double c = median(cpu);
            if (k == 0) baseline = c;
            b.append(String.format("| %s | %.1f µs | %,.0f ms | %s | %.2f |%n", results.getFirst().get(k).name(), c,
                    median(wall), cpu.stream().map(v -> String.format("%.1f", v)).toList(), baseline / c));
        }
        return b.toString();
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
