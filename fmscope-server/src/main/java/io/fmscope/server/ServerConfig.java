package io.fmscope.server;

import io.fmscope.server.logs.Arns;
import io.fmscope.server.spans.TracingConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@link FmscopeServer} needs to start. Defaults are listed in docs/configuration.md.
 *
 * @param bind               address to listen on (127.0.0.1 by default: not reachable from other machines)
 * @param port               TCP port; 0 picks a free one
 * @param storage            "duckdb" (default) or "memory"
 * @param dataDir            the DuckDB data directory (ignored for memory)
 * @param arns               region and account shown in ARNs
 * @param maxConcurrentQueries StartQuery's concurrency limit (CloudWatch: 100)
 * @param queryWorkers       threads executing queries
 * @param queryTimeout       a query running longer ends as Timeout (CloudWatch: 60 minutes)
 * @param retentionInterval  how often expired events are deleted
 * @param tracing            trace ingestion (X-Ray daemon port, sampling rules, OTLP and queue limits)
 */
public record ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                           int queryWorkers, Duration queryTimeout, Duration retentionInterval,
                           TracingConfig tracing) {
    public static final int DEFAULT_PORT = 4580;

    /** Without tracing settings: {@link TracingConfig#defaults()}. */
    public ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                        int queryWorkers, Duration queryTimeout, Duration retentionInterval) {
        this(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout, retentionInterval,
                TracingConfig.defaults());
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, "duckdb", Path.of("data"), Arns.DEFAULT, 100,
                Math.max(2, Runtime.getRuntime().availableProcessors()), Duration.ofMinutes(60), Duration.ofMinutes(5));
    }

    public ServerConfig withTracing(TracingConfig t) {
        return new ServerConfig(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, t);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, tracing);
    }

    public ServerConfig withStorage(String s, Path dir) {
        return new ServerConfig(bind, port, s, dir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, tracing);
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(b, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, tracing);
    }

    public ServerConfig withMaxConcurrentQueries(int n) {
        return new ServerConfig(bind, port, storage, dataDir, arns, n, queryWorkers, queryTimeout, retentionInterval,
                tracing);
    }
}
