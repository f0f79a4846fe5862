package io.fmscope.server;

import io.fmscope.server.api.AwsJsonProtocol;
import io.fmscope.server.incidents.IncidentRoutes;
import io.fmscope.server.incidents.IncidentService;
import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.server.insights.QueryDefinitions;
import io.fmscope.server.insights.QueryService;
import io.fmscope.server.logs.ImportDirectory;
import io.fmscope.server.logs.LogGroupService;
import io.fmscope.server.logs.LogReadService;
import io.fmscope.server.logs.LogStreamService;
import io.fmscope.server.logs.PutLogEventsService;
import io.fmscope.server.spans.Tracing;
import io.fmscope.server.traces.TraceAnalyticsRoutes;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.duckdb.DuckLogStore;
import io.fmscope.storage.duckdb.trace.DuckTraceStore;
import io.fmscope.storage.duckdb.DuckSettings;
import io.fmscope.storage.memory.MemoryLogStore;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fmscope server: wiring only. One store, the services over it, and one HTTP route ({@code POST /}) that
 * speaks the CloudWatch Logs JSON 1.1 protocol; trace ingestion ({@code /v1/traces}, the X-Ray API paths,
 * the X-Ray daemon) comes from {@link Tracing}. Requests run on virtual threads.
 */
public final class FmscopeServer implements AutoCloseable {
    /** The X-Amz-Target prefix of CloudWatch Logs. */
    public static final String LOGS_TARGET = "Logs_20140328";
    private static final Logger LOG = LoggerFactory.getLogger(FmscopeServer.class);
    private static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    /** JSON-lines files here are imported at start (see docs/server.md, "Data directory"). */
    public static final String IMPORT_DIR = "import";

    /** Acknowledged spans awaiting a tail-sampling decision are journaled here, in the trace store's directory. */
    public static final String SPAN_JOURNAL_DIR = "span-journal";

    /** X-Ray keeps traces 30 days. */
    private static final long TRACE_RETENTION_MILLIS = 30L * 24 * 3600 * 1000;

    private final LogStore store;
    private final IncidentService incidents;
    private final TraceStore traces;
    private final Tracing tracing;
    private final QueryService queries;
    private final ScheduledExecutorService housekeeping;
    private final Javalin http;

    private FmscopeServer(ServerConfig config, LogStore rawStore, TraceStore traces, InsightsEngine engine, Clock clock) {
        this.incidents = IncidentService.withDefaults(rawStore, clock);
        this.store = incidents.observe(); // every stored batch also goes to incident detection
        this.traces = traces;
        this.tracing = new Tracing(config.tracing(), traces, traces.writer()::write, config.arns().region(),
                config.arns().account(), clock,
                traces instanceof DuckTraceStore d ? d.directory().resolve(SPAN_JOURNAL_DIR) : null);
        this.queries = new QueryService(store, engine, clock, config.maxConcurrentQueries(), config.queryWorkers(),
                config.queryTimeout().toMillis());
        var protocol = new AwsJsonProtocol(LOGS_TARGET, LogsRoutes.table(
                new LogGroupService(store, clock, config.arns()), new LogStreamService(store, clock, config.arns()),
                new PutLogEventsService(store, clock), new LogReadService(store), queries,
                new QueryDefinitions(clock)));
        this.http = Javalin.create(c -> {
            c.jetty.host = config.bind();
            c.jetty.port = config.port();
            c.concurrency.useVirtualThreads = true;
            c.http.maxRequestSize = MAX_REQUEST_BYTES;
            c.startup.showJavalinBanner = false;
            c.routes.post("/", protocol::handle);
            c.routes.post("/ingest/jsonl", io.fmscope.server.ingest.JsonlIngestHandler.over(store, clock));
            tracing.routes().forEach(c.routes::post);
            c.routes.get("/xray/daemon/stats", tracing.statsHandler());
            tracing.getRoutes().forEach(c.routes::get);
            new TraceAnalyticsRoutes(traces.reader(), clock).routes().forEach(c.routes::get);
            new IncidentRoutes(incidents).routes().forEach(c.routes::get);
        });
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("retention").factory());
        long every = config.retentionInterval().toMillis();
        housekeeping.scheduleWithFixedDelay(() -> enforceRetention(clock), every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the configured store, imports {@code <data-dir>/import/*.jsonl[.gz]} ({@link ImportDirectory}) and
     * starts listening; the caller closes the server.
     */
    public static FmscopeServer start(ServerConfig config, InsightsEngine engine) {
        LogStore store = switch (config.storage()) {
            case "memory" -> new MemoryLogStore();
            case "duckdb" -> DuckLogStore.open(config.dataDir(),
                    DuckSettings.DEFAULT.withCheckpointThreshold(config.checkpointMib()));
            default -> throw new IllegalArgumentException("unknown storage '" + config.storage()
                    + "' (expected duckdb or memory)");
        };
        try {
            new ImportDirectory(config.dataDir().resolve(IMPORT_DIR), store, Clock.systemUTC(),
                    !store.name().equals("memory")).run();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        TraceStore traces = store instanceof DuckLogStore ? DuckTraceStore.open(config.dataDir())
                : new MemoryTraceStore();
        return start(config, store, traces, engine, Clock.systemUTC());
    }

    /** Starts over an already open log store with an in-memory trace store; closing the server closes both. */
    public static FmscopeServer start(ServerConfig config, LogStore store, InsightsEngine engine, Clock clock) {
        return start(config, store, new MemoryTraceStore(), engine, clock);
    }

    /** Starts over already open stores (tests, embedding); closing the server closes them. */
    public static FmscopeServer start(ServerConfig config, LogStore store, TraceStore traces, InsightsEngine engine,
                                      Clock clock) {
        FmscopeServer server = new FmscopeServer(config, store, traces, engine, clock);
        try {
            server.http.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.tracing.startDaemon(config.bind());
        server.enforceRetention(clock);
        server.incidents.start();
        LOG.info("fmscope listening on http://{}:{} (storage: {})", config.bind(), server.port(), store.name());
        return server;
    }

    public int port() {
        return http.port();
    }

    public LogStore store() {
        return store;
    }

    /** Incident detection and diagnosis over what this server stores. */
    public IncidentService incidents() {
        return incidents;
    }

    public TraceStore traceStore() {
        return traces;
    }

    /** Trace ingestion: daemon port and counters, the ingest funnel, sampling rules. */
    public Tracing tracing() {
        return tracing;
    }

    private void enforceRetention(Clock clock) {
        try {
            long n = store.retention().enforce(clock.millis());
            if (n > 0) {
                LOG.info("retention deleted {} expired events", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("retention run failed: {}", e.getMessage());
        }
        try {
            long n = traces.writer().deleteTracesBefore((clock.millis() - TRACE_RETENTION_MILLIS) * 1_000_000L);
            if (n > 0) {
                LOG.info("retention deleted {} traces older than 30 days", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("trace retention run failed: {}", e.getMessage());
        }
    }

    @Override public void close() {
        housekeeping.shutdownNow();
        http.stop();
        tracing.close(); // stores what is queued before the stores close
        incidents.close();
        queries.close();
        store.close();
        traces.close();
    }
}
