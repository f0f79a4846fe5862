package io.fmscope.cli.serve;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.server.logs.Arns;
import io.fmscope.server.spans.TracingConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fmscope serve}: the CloudWatch Logs-compatible server in the foreground until SIGINT/SIGTERM.
 * Every option has an environment variable; the defaults table is docs/configuration.md.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the CloudWatch Logs-compatible API (aws logs ... --endpoint-url http://HOST:PORT).",
                "Prints 'fmscope listening on http://HOST:PORT' on stdout once requests are accepted."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:FMSCOPE_PORT:-4580}",
            description = "TCP port; 0 picks a free one (env FMSCOPE_PORT, default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "${env:FMSCOPE_BIND:-127.0.0.1}",
            description = "address to listen on (env FMSCOPE_BIND, default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--data-dir", defaultValue = "${env:FMSCOPE_DATA_DIR:-data}",
            description = "DuckDB data directory (env FMSCOPE_DATA_DIR, default ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--storage", defaultValue = "${env:FMSCOPE_STORAGE:-duckdb}",
            description = "duckdb or memory (env FMSCOPE_STORAGE, default ${DEFAULT-VALUE})")
    String storage;

    @Option(names = "--region", defaultValue = "${env:FMSCOPE_REGION:-us-east-1}",
            description = "region shown in ARNs (env FMSCOPE_REGION, default ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--account", defaultValue = "${env:FMSCOPE_ACCOUNT:-000000000000}",
            description = "account id shown in ARNs (env FMSCOPE_ACCOUNT, default ${DEFAULT-VALUE})")
    String account;

    @Option(names = "--max-concurrent-queries", defaultValue = "${env:FMSCOPE_MAX_CONCURRENT_QUERIES:-100}",
            description = "StartQuery concurrency limit (env FMSCOPE_MAX_CONCURRENT_QUERIES, default ${DEFAULT-VALUE})")
    int maxConcurrentQueries;

    @Option(names = "--query-timeout", defaultValue = "${env:FMSCOPE_QUERY_TIMEOUT:-PT60M}",
            description = "a query running longer ends as Timeout, ISO-8601 (env FMSCOPE_QUERY_TIMEOUT, default ${DEFAULT-VALUE})")
    Duration queryTimeout;

    @Option(names = "--retention-interval", defaultValue = "${env:FMSCOPE_RETENTION_INTERVAL:-PT5M}",
            description = "how often expired events are deleted (env FMSCOPE_RETENTION_INTERVAL, default ${DEFAULT-VALUE})")
    Duration retentionInterval;

    @Option(names = "--xray-daemon-port", defaultValue = "${env:FMSCOPE_XRAY_DAEMON_PORT:-2000}",
            description = "X-Ray daemon UDP+TCP port; 0 picks a free one, -1 turns it off (env FMSCOPE_XRAY_DAEMON_PORT, default ${DEFAULT-VALUE})")
    int xrayDaemonPort;

    @Option(names = "--sampling-rules", defaultValue = "${env:FMSCOPE_SAMPLING_RULES}",
            description = "X-Ray sampling rules file, YAML or JSON (env FMSCOPE_SAMPLING_RULES; default: the bundled rules)")
    Path samplingRules;

    @Option(names = "--tail-sampling", defaultValue = "${env:FMSCOPE_TAIL_SAMPLING:-false}", arity = "0..1",
            description = "buffer traces until complete and store only those the tail-sampling rules keep (env FMSCOPE_TAIL_SAMPLING, default ${DEFAULT-VALUE})")
    boolean tailSampling;

    @Option(names = "--tail-sampling-rules", defaultValue = "${env:FMSCOPE_TAIL_SAMPLING_RULES}",
            description = "tail-sampling rules file, YAML or JSON (env FMSCOPE_TAIL_SAMPLING_RULES; default: the bundled rules)")
    Path tailSamplingRules;

    @Option(names = "--checkpoint-mib", defaultValue = "${env:FMSCOPE_CHECKPOINT_MIB:-512}",
            description = "DuckDB checkpoints once its write-ahead log exceeds this many MiB (env FMSCOPE_CHECKPOINT_MIB, default ${DEFAULT-VALUE})")
    int checkpointMib;

    @Override public Integer call() throws InterruptedException {
        ServerConfig d = ServerConfig.defaults();
        ServerConfig config = new ServerConfig(bind, port, storage, dataDir, new Arns(region, account),
                maxConcurrentQueries, d.queryWorkers(), queryTimeout, retentionInterval, checkpointMib,
                TracingConfig.defaults().withDaemonPort(xrayDaemonPort).withSamplingRules(samplingRules)
                        .withTailSampling(tailSampling, tailSamplingRules));
        CountDownLatch stopped = new CountDownLatch(1);
        FmscopeServer server = FmscopeServer.start(config, new ReferenceInsightsEngine());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fmscope-shutdown"));
        System.out.println("fmscope listening on http://" + bind + ":" + server.port() + " (storage: " + storage
                + (storage.equals("duckdb") ? ", data dir: " + dataDir.toAbsolutePath() : "") + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
