package io.fmscope.benchmarks.logstore;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.duckdb.DuckLogStore;
import io.fmscope.storage.duckdb.DuckSettings;
import io.fmscope.storage.duckdb.trace.DuckTraceStore;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The log store side by side with its peers, in one run on seed-shaped events: ingest through PutLogEvents
 * against DuckDB's own {@code read_json} of the same data; a {@code filter | stats avg, pct(.., 99) by bin(5m)}
 * query through StartQuery against the same query written by hand in DuckDB SQL on the stored table and against
 * jq over the JSON-lines file; freshness from a PutLogEvents acknowledgement to the event showing in a query.
 * Prints a Markdown report with medians over {@code --runs} runs.
 * <pre>java -Xmx10g -cp ... io.fmscope.benchmarks.logstore.LogStoreBenchmark [--events 1000000] [--runs 3]
 *     [--senders 4] [--jq-runs 1] [--work DIR]</pre>
 */
public final class LogStoreBenchmark {
    static final String GROUP = "/manga-assist/fm-calls";
    static final String QUERY = "filter status = \"SUCCESS\" | stats avg(latency.total_e2e_ms) as avg_ms,"
            + " pct(latency.total_e2e_ms, 99) as p99 by bin(5m)";
    static final String HAND_SQL = "SELECT (\"@timestamp\" // 300000) * 300000 AS bucket,"
            + " avg(\"latency.total_e2e_ms\") AS avg_ms, quantile_disc(\"latency.total_e2e_ms\", 0.99) AS p99"
            + " FROM events WHERE \"@log\" = ? AND \"@timestamp\" >= ? AND \"@timestamp\" < ? AND status = 'SUCCESS'"
            + " GROUP BY bucket ORDER BY bucket";

    static int warmupQueries = 60;
    static final int QUERY_RUNS = 15;

    private LogStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000_000;
        int runs = 3;
        int senders = 4;
        int jqRuns = 1;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "fmscope-logstore-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--senders" -> senders = Integer.parseInt(args[++i]);
                case "--jq-runs" -> jqRuns = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--warmup-queries" -> warmupQueries = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        Report report = new Report(events, runs, senders);
        report.loadBefore = Machine.loadAverage();
        long start = System.currentTimeMillis() - 30 * 3_600_000L; // a million at 100 ms: 28 hours, all accepted
        SeedShapedLog log = new SeedShapedLog(start, 100, 20_240_501L);
        Path lines = work.resolve("events.jsonl");
        Batches batches;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 20)) {
            batches = Batches.make(log, events, GROUP, senders, out);
        }
        report.batches = batches.bodies.size();
        report.messageBytes = batches.messageBytes;
        long qStart = start / 1000;
        long qEnd = (start + (long) events * 100) / 1000 + 1;
        for (int r = 0; r < runs; r++) {
            System.err.printf("run %d of %d%n", r + 1, runs);
            long cpu0 = processCpuNanos();
            report.readJson.add(readJson(work.resolve("read_json-" + r + ".duckdb"), lines));
            report.readJsonCpu.add(processCpuNanos() - cpu0);
            Path dataDir = work.resolve("data-" + r);
            ServerConfig config = ServerConfig.defaults().withPort(0).withStorage("duckdb", dataDir);
            // opened here, not by the server, to keep a handle on the DuckDB store (the server wraps it)
            DuckLogStore store = DuckLogStore.open(dataDir,
                    DuckSettings.DEFAULT.withCheckpointThreshold(config.checkpointMib()));
            try (FmscopeServer server = FmscopeServer.start(config, store, DuckTraceStore.open(dataDir),
                    new ReferenceInsightsEngine(), Clock.systemUTC())) {
                URI endpoint = URI.create("http://127.0.0.1:" + server.port());
                Insights insights = new Insights(endpoint, GROUP);
                setUp(insights, endpoint, senders);
                long cpu1 = processCpuNanos();
                ThreadCpu threads = ThreadCpu.now();
                report.ingest.add(IngestRun.sendAll(endpoint, batches.bodies, senders));
                report.ingestCpu.add(processCpuNanos() - cpu1);
                report.ingestThreads.add(ThreadCpu.now().since(threads, 8));
                report.checkpoint.add(checkpoint(store));
                queries(report, insights, store, qStart, qEnd);
                report.freshness.addAll(freshness(insights));
                insights.close();
            }
            deleteTree(dataDir);
        }
        for (int r = 0; r < jqRuns; r++) {
            JqRun.Run jq = JqRun.run(lines);
            report.jq.add(jq.nanos());
            report.jqBins = jq.bins();
        }
        report.loadAfter = Machine.loadAverage();
        System.out.print(report.markdown());
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void setUp(Insights insights, URI endpoint, int senders) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            IngestRun.post(http, endpoint, "CreateLogGroup", ("{\"logGroupName\":\"" + GROUP + "\"}").getBytes());
            for (int s = 0; s < senders; s++) {
                IngestRun.post(http, endpoint, "CreateLogStream",
                        ("{\"logGroupName\":\"" + GROUP + "\",\"logStreamName\":\"task-" + s + "\"}").getBytes());
            }
            IngestRun.post(http, endpoint, "CreateLogStream",
                    ("{\"logGroupName\":\"" + GROUP + "\",\"logStreamName\":\"freshness\"}").getBytes());
        }
    }

    /** DuckDB's own JSON loader into a fresh database file: the ingest baseline. */
    static long readJson(Path db, Path lines) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE events AS SELECT * FROM read_json('" + lines.toString().replace("'", "''") + "')");
            long t = System.nanoTime() - t0;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
            }
            return t;
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }

    private static long checkpoint(DuckLogStore store) throws Exception {
        try (Connection c = store.readerConnection(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CHECKPOINT");
            return System.nanoTime() - t0;
        }
    }

    private static void queries(Report report, Insights insights, DuckLogStore store, long qStart, long qEnd)
            throws Exception {
        Insights.Run warm = insights.run(QUERY, qStart, qEnd);
        report.startQueryRows = warm.results().size();
        report.matched = warm.statistics().get("recordsMatched").asLong();
        int handRows = 0;
        var analyzed = io.fmscope.query.analyzer.Analyzer.standard().analyze(QUERY);
        var executor = new io.fmscope.query.pushdown.PushdownExecutor(new io.fmscope.query.exec.QueryEngine());
        var options = io.fmscope.query.exec.QueryOptions.defaults().withWindow(qStart * 1000, qEnd * 1000 + 999);
        // Warm-up: a server answers the same query many times; the first few runs still wait for the JIT compiler,
        // which on 2 cores takes the core DuckDB would use (compilations of 100-200 ms seen in the query window).
        java.util.function.Supplier<io.fmscope.storage.ScanBuilder> scan = () -> store.reader().scan()
                .logGroups(List.of(GROUP)).timeRange(qStart * 1000, (qEnd + 1) * 1000);
        for (int i = 0; i < warmupQueries; i++) {
            insights.run(QUERY, qStart, qEnd, 10);
            executor.execute(analyzed, scan, options);
        }
        // the hand-written SQL also prepared once and only run, as the store reuses its prepared statements
        Connection preparedOnce = store.readerConnection();
        PreparedStatement hand = preparedOnce.prepareStatement(HAND_SQL);
        ThreadCpu threads = ThreadCpu.now();
        for (int i = 0; i < QUERY_RUNS; i++) {
            Insights.Run run = insights.run(QUERY, qStart, qEnd, 10);
            report.startQuery.add(run.nanos());
            report.startQueryServer.add(run.serverMillis() * 1_000_000L);
            long e0 = System.nanoTime();
            var r = executor.execute(analyzed, scan, options);
            report.engine.add(System.nanoTime() - e0);
            report.plan = r.plan();
            // Timed from preparing the statement, as StartQuery's time includes preparing its own SQL.
            try (Connection c = store.readerConnection()) {
                long t0 = System.nanoTime();
                try (PreparedStatement p = c.prepareStatement(HAND_SQL)) {
                    p.setString(1, GROUP);
                    p.setLong(2, qStart * 1000);
                    p.setLong(3, (qEnd + 1) * 1000);
                    handRows = 0;
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            handRows++;
                        }
                    }
                }
                report.handSql.add(System.nanoTime() - t0);
            }
            long t1 = System.nanoTime();
            hand.setString(1, GROUP);
            hand.setLong(2, qStart * 1000);
            hand.setLong(3, (qEnd + 1) * 1000);
            int once = 0;
            try (ResultSet rs = hand.executeQuery()) {
                while (rs.next()) {
                    once++;
                }
            }
            report.handSqlPrepared.add(System.nanoTime() - t1);
            if (once != handRows) {
                throw new IllegalStateException("the prepared hand-written SQL returned " + once + " rows, not " + handRows);
            }
        }
        hand.close();
        preparedOnce.close();
        report.handSqlRows = handRows;
        report.queryThreads.add(ThreadCpu.now().since(threads, 8));
    }

    /** Ack of a one-event PutLogEvents to the first query that counts it; nine times. */
    private static List<Long> freshness(Insights insights) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String marker = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            insights.put("freshness", now, "{\"freshness\":\"" + marker + "\"}");
            long acked = System.nanoTime();
            while (true) {
                Insights.Run r = insights.run("filter freshness = \"" + marker + "\" | stats count(*) as n",
                        now / 1000 - 60, now / 1000 + 60);
                if (r.results().get(0).get(0).get("value").asText().equals("1")) {
                    break;
                }
            }
            out.add(System.nanoTime() - acked);
        }
        return out;
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
