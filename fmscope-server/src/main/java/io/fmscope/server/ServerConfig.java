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
 * @param checkpointMib      DuckDB folds its write-ahead log into the table beyond this many MiB
 * @param tracing            trace ingestion (X-Ray daemon port, sampling rules, OTLP and queue limits)
 */
public record ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                           int queryWorkers, Duration queryTimeout, Duration retentionInterval, int checkpointMib,
                           TracingConfig tracing) {
    public static final int DEFAULT_PORT = 4580;

    /** Without tracing or checkpoint settings: {@link TracingConfig#defaults()}, the default checkpoint size. */
    public ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                        int queryWorkers, Duration queryTimeout, Duration retentionInterval) {
        this(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout, retentionInterval,
                io.fmscope.storage.duckdb.DuckSettings.DEFAULT_CHECKPOINT_MIB, TracingConfig.defaults());
    }

    /** With tracing settings and the default checkpoint size. */
    public ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                        int queryWorkers, Duration queryTimeout, Duration retentionInterval, TracingConfig tracing) {
        this(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout, retentionInterval,
                io.fmscope.storage.duckdb.DuckSettings.DEFAULT_CHECKPOINT_MIB, tracing);
    }

    /** With a checkpoint size and default tracing settings. */
    public ServerConfig(String bind, int port, String storage, Path dataDir, Arns arns, int maxConcurrentQueries,
                        int queryWorkers, Duration queryTimeout, Duration retentionInterval, int checkpointMib) {
        this(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout, retentionInterval,
                checkpointMib, TracingConfig.defaults());
    }

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, "duckdb", Path.of("data"), Arns.DEFAULT, 100,
                Math.max(2, Runtime.getRuntime().availableProcessors()), Duration.ofMinutes(60), Duration.ofMinutes(5),
                io.fmscope.storage.duckdb.DuckSettings.DEFAULT_CHECKPOINT_MIB, TracingConfig.defaults());
    }

    public ServerConfig withTracing(TracingConfig t) {
        return new ServerConfig(bind, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, checkpointMib, t);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, checkpointMib, tracing);
    }

    public ServerConfig withStorage(String s, Path dir) {
        return new ServerConfig(bind, port, s, dir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, checkpointMib, tracing);
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(b, port, storage, dataDir, arns, maxConcurrentQueries, queryWorkers, queryTimeout,
                retentionInterval, checkpointMib, tracing);
    }

    public ServerConfig withMaxConcurrentQueries(int n) {
        return new ServerConfig(bind, port, storage, dataDir, arns, n, queryWorkers, queryTimeout, retentionInterval,
                checkpointMib, tracing);
    }
}
