package io.fmscope.server.spans;

import io.fmscope.server.api.Json;
import io.fmscope.server.otlp.OtlpTraceHandler;
import io.fmscope.server.xray.DaemonStats;
import io.fmscope.server.xray.PutTraceSegmentsService;
import io.fmscope.server.xray.RestJsonProtocol;
import io.fmscope.server.xray.SamplingService;
import io.fmscope.server.xray.TraceQueryService;
import io.fmscope.server.xray.XRayDaemon;
import io.fmscope.server.xray.XRayRoutes;
import io.fmscope.server.xray.sampling.RulesFile;
import io.fmscope.server.xray.sampling.SamplingRules;
import io.fmscope.server.xray.sampling.SamplingTargets;
import io.fmscope.storage.trace.TraceStore;
import io.javalin.http.Handler;
import io.fmscope.server.traces.TailSamplingStage;
import io.fmscope.traces.sampling.SamplerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trace ingestion wired together: the ingest funnel over a sink, the OTLP handler, the X-Ray API route
 * table and the daemon. The server mounts {@link #routes()} and calls {@link #startDaemon}.
 */
public final class Tracing implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tracing.class);
    static final int MAX_COMMIT_SPANS = 20_000;

    private final TracingConfig config;
    private final SpanIngest ingest;
    private final TailSamplingStage tail;
    private final SamplingService sampling;
    private final Map<String, Handler> routes = new LinkedHashMap<>();
    private XRayDaemon daemon;

    /** {@code sink} receives every stored batch: the store's writer. No journal: see the other constructor. */
    public Tracing(TracingConfig config, TraceStore store, SpanSink sink, String region, String account, Clock clock) {
        this(config, store, sink, region, account, clock, null);
    }

    /**
     * {@code sink} receives what is to be stored (the store's writer); with {@link TracingConfig#tailSampling()}
     * a {@link TailSamplingStage} sits in front of it, journaling accepted batches in {@code journalDir}
     * (null: no journal, for stores that do not survive a restart anyway).
     */
    public Tracing(TracingConfig config, TraceStore store, SpanSink sink, String region, String account, Clock clock,
                   Path journalDir) {
        this.config = config;
        this.tail = config.tailSampling() ? new TailSamplingStage(config.tailSamplingRules() == null
                ? io.fmscope.traces.sampling.SamplingRules.defaults()
                : io.fmscope.traces.sampling.SamplingRules.load(config.tailSamplingRules()),
                SamplerConfig.defaults(), sink, clock, journalDir, OtlpTraceHandler::decode) : null;
        this.ingest = new SpanIngest(tail == null ? sink : tail, config.ingestQueueSpans(), MAX_COMMIT_SPANS, tail);
        SamplingRules rules = new SamplingRules(config.samplingRules() == null ? RulesFile.defaults()
                : RulesFile.load(config.samplingRules()), region, account, clock);
        this.sampling = new SamplingService(rules, new SamplingTargets(rules, clock));
        routes.put("/v1/traces", new OtlpTraceHandler(ingest, config.otlpMaxBodyBytes()));
        XRayRoutes.table(new PutTraceSegmentsService(ingest), new TraceQueryService(store.reader()), sampling)
                .forEach((path, op) -> routes.put(path, RestJsonProtocol.handler(op)));
    }

    /** POST routes: {@code /v1/traces} and the X-Ray API paths. */
    public Map<String, Handler> routes() {
        return routes;
    }

    /** GET routes: {@code /api/traces/sampling} when tail sampling is on. */
    public Map<String, Handler> getRoutes() {
        return tail == null ? Map.of() : Map.of("/api/traces/sampling", tail.reportHandler());
    }

    /** The tail sampling stage, when on. */
    public Optional<TailSamplingStage> tailSampling() {
        return Optional.ofNullable(tail);
    }

    /** {@code GET /xray/daemon/stats}: the daemon's counters (drops by reason) and the ingest counters. */
    public Handler statsHandler() {
        return ctx -> ctx.contentType("application/json").result(Json.MAPPER.writeValueAsBytes(Map.of(
                "daemon", daemon == null ? Map.of() : daemon.stats(), "ingest", ingest.stats())));
    }

    /** Starts the X-Ray daemon unless disabled; a port already taken is logged, not fatal. */
    public void startDaemon(String bind) {
        if (config.daemonPort() == TracingConfig.DISABLED) {
            return;
        }
        try {
            daemon = XRayDaemon.start(bind, config.daemonPort(), ingest, XRayRoutes.samplingProxy(sampling));
        } catch (IllegalStateException e) {
            LOG.warn("X-Ray daemon not started: {}", e.getMessage());
        }
    }

    public OptionalInt daemonPort() {
        return daemon == null ? OptionalInt.empty() : OptionalInt.of(daemon.port());
    }

    public DaemonStats.Snapshot daemonStats() {
        return daemon == null ? new DaemonStats().snapshot() : daemon.stats();
    }

    public SpanIngest ingest() {
        return ingest;
    }

    public SamplingRules samplingRules() {
        return sampling.ruleSet();
    }

    @Override public void close() {
        if (daemon != null) {
            daemon.close();
        }
        ingest.close(); // the queue drains into the sampler first
        if (tail != null) {
            tail.close(); // decides what is buffered, stores the kept spans, trims the journal
        }
    }
}
