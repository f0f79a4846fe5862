package io.fmscope.benchmarks.traces;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.traces.TailSamplingStage;
import io.fmscope.traces.sampling.SamplerStats;
import io.fmscope.storage.memory.MemoryLogStore;
import io.fmscope.storage.duckdb.trace.DuckTraceStore;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * OTLP/HTTP span ingest rate: an in-process server, several client threads POSTing pre-encoded protobuf
 * batches to {@code /v1/traces}; spans/s counts acknowledged spans only. Without sampling an acknowledged span
 * is stored; with {@code --sampling on} (the bundled tail-sampling rules, and the span journal for DuckDB) it
 * is journaled, counted in the RED metrics and buffered for a decision, and only kept traces are stored.
 * <pre>
 *   java ... io.fmscope.benchmarks.traces.OtlpIngestBenchmark [--store memory|duckdb] [--sampling off|on]
 *       [--threads 4] [--batch 512] [--seconds 20] [--warmup 5]
 * </pre>
 */
public final class OtlpIngestBenchmark {
    private OtlpIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String store = arg(args, "--store", "duckdb");
        int threads = Integer.parseInt(arg(args, "--threads", "4"));
        int batch = Integer.parseInt(arg(args, "--batch", "512"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
        boolean sampling = arg(args, "--sampling", "off").equals("on");
        IngestRun.Result r = run(store, sampling, threads, batch, warmup * 1000L, seconds * 1000L);
        System.out.printf("store=%s sampling=%s threads=%d batch=%d spans/request%n", store, sampling ? "on" : "off",
                threads, SpanBatches.spansPerRequest(batch));
        System.out.println(r);
    }

    public static IngestRun.Result run(String store, int threads, int batch, long warmupMillis, long measureMillis)
            throws Exception {
        return run(store, false, threads, batch, warmupMillis, measureMillis);
    }

    /** Starts a server over a fresh store, runs the clients, checks every acknowledged span is stored. */
    public static IngestRun.Result run(String store, boolean sampling, int threads, int batch, long warmupMillis,
                                       long measureMillis) throws Exception {
        Path dir = Files.createTempDirectory("fmscope-bench");
        TraceStore traces = store.equals("memory") ? new MemoryTraceStore() : DuckTraceStore.open(dir);
        ServerConfig config = ServerConfig.defaults().withPort(0)
                .withTracing(TracingConfig.defaults().withDaemonPort(TracingConfig.DISABLED)
                        .withTailSampling(sampling, null));
        try {
            return measure(config, traces, sampling, threads, batch, warmupMillis, measureMillis);
        } finally {
            deleteTree(dir); // the server (and with it the store) is closed by then
        }
    }

    private static IngestRun.Result measure(ServerConfig config, TraceStore traces, boolean sampling, int threads,
                                            int batch, long warmupMillis, long measureMillis) throws Exception {
        InsightsEngine none = q -> {
            throw new InsightsEngine.CompileError("unused", 0, 0);
        };
        try (FmscopeServer server = FmscopeServer.start(config, new MemoryLogStore(), traces, none, Clock.systemUTC())) {
            List<SpanBatches.Batch> bodies = SpanBatches.protobuf(64, batch, 42);
            IngestRun run = new IngestRun("http://127.0.0.1:" + server.port() + "/v1/traces", bodies,
                    SpanBatches.spansPerRequest(batch));
            IngestRun.Result r = run.run(threads, warmupMillis, measureMillis);
            if (sampling) {
                TailSamplingStage tail = server.tracing().tailSampling().orElseThrow();
                SamplerStats st = tail.sampler().stats();
                if (st.spansOffered() < r.acknowledgedSpans()) {
                    throw new IllegalStateException("offered " + st.spansOffered() + " < acknowledged "
                            + r.acknowledgedSpans());
                }
                System.out.printf("sampler: %,d spans offered, %,d kept and %,d sampled out so far (%,d buffered);"
                        + " %,d traces decided%n", st.spansOffered(), st.spansKept(), st.spansSampledOut(),
                        st.bufferedSpans(), st.tracesDecided());
                return r;
            }
            long stored = traces.reader().spanCount(); // every send has fresh trace ids
            if (stored < r.acknowledgedSpans()) {
                throw new IllegalStateException("stored " + stored + " < acknowledged " + r.acknowledgedSpans());
            }
            return r;
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }
}
