package io.fmscope.benchmarks.sampling;

import io.fmscope.sdk.trace.ChildSpan;
import io.fmscope.sdk.trace.FmRequest;
import io.fmscope.sdk.trace.FmTracer;
import io.fmscope.sdk.trace.FmTracing;
import io.fmscope.sdk.trace.ModelInvokeSpan;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What tracing one FM call costs the application: a root span and the five typed children (cache, session
 * store, vector search, model invoke with usage and cost, response delivery) through {@link FmTracer}, on the
 * OpenTelemetry SDK with a batch processor and an exporter that counts and discards (so only the SDK's own
 * work is measured), and with tracing off ({@link FmTracer#noop()}). The traced "calls" do no work.
 * <pre>java -cp ... io.fmscope.benchmarks.sampling.SdkOverheadBenchmark [--calls N] [--reps N]</pre>
 */
public final class SdkOverheadBenchmark {
    private SdkOverheadBenchmark() {
    }

    public static void main(String[] args) {
        int calls = 200_000, reps = 9;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        AtomicLong exported = new AtomicLong();
        SpanExporter discard = new SpanExporter() {
            @Override public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAndGet(spans.size());
                return CompletableResultCode.ofSuccess();
            }

            @Override public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        try (OpenTelemetrySdk sdk = FmTracing.sdk("bench", BatchSpanProcessor.builder(discard)
                .setMaxQueueSize(1 << 20).setMaxExportBatchSize(2048).build())) {
            FmTracer traced = FmTracer.create(sdk, "bench");
            FmTracer off = FmTracer.noop();
            System.out.printf(Locale.ROOT, "calls per repetition: %,d; JVM %s; %d cores%n", calls, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            for (int w = 0; w < 5; w++) {
                loop(traced, calls);
                loop(off, calls);
            }
            measure("OTel SDK, batch processor", traced, calls, reps);
            measure("tracing off (noop)", off, calls, reps);
            sdk.getSdkTracerProvider().forceFlush().join(30, java.util.concurrent.TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "spans exported: %,d (6 per traced call)%n", exported.get());
        }
    }

    private static void measure(String label, FmTracer tracer, int calls, int reps) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] ns = new double[reps];
        long bytes = 0;
        for (int r = 0; r < reps; r++) {
            long b0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            loop(tracer, calls);
            ns[r] = (System.nanoTime() - t0) / (double) calls;
            bytes = (mx.getCurrentThreadAllocatedBytes() - b0) / calls;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%s: median %,.0f ns per traced FM call (root + 5 children), min %,.0f, max %,.0f; %,d bytes allocated per call on the caller's thread%n",
                label, ns[reps / 2], ns[0], ns[reps - 1], bytes);
    }

    static long loop(FmTracer tracer, int calls) {
        long sink = 0;
        for (int i = 0; i < calls; i++) {
            try (FmRequest req = tracer.request("req-" + i, "session-1", "anthropic.claude-3-sonnet")) {
                try (ChildSpan c = req.cache("GET")) {
                    c.cacheHit(false);
                }
                req.sessionStore("manga-sessions", "GetItem").close();
                req.vectorSearch("manga-products", 5).close();
                try (ModelInvokeSpan m = req.modelInvoke("anthropic.claude-3-sonnet", 1024)) {
                    m.usage(812, 240).responseModel("anthropic.claude-3-sonnet").costUsd(0.006);
                }
                req.responseDelivery().close();
                sink += req.timingSummary().children().size();
            }
        }
        return sink;
    }
}
