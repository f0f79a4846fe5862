package io.fmscope.server.traces;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.server.spans.TracingConfig;
import java.nio.file.Path;

/**
 * {@code main(dataDir, rulesFile)}: a DuckDB-backed server with tail sampling on, for tests that kill it. Prints
 * {@code child listening <port>} once it accepts requests; runs until killed.
 */
public final class ChildTracingServer {
    private ChildTracingServer() {
    }

    public static void main(String[] args) throws Exception {
        InsightsEngine none = q -> {
            throw new InsightsEngine.CompileError("no queries here", 0, 0);
        };
        ServerConfig config = ServerConfig.defaults().withPort(0).withStorage("duckdb", Path.of(args[0]))
                .withTracing(TracingConfig.defaults().withDaemonPort(TracingConfig.DISABLED)
                        .withTailSampling(true, Path.of(args[1])));
        FmscopeServer server = FmscopeServer.start(config, none);
        System.out.println("child listening " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
