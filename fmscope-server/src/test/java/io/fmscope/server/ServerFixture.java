package io.fmscope.server;

import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.storage.duckdb.DuckLogStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** A real server on a random 127.0.0.1 port over DuckDB in a temp directory, and an AWS SDK v2 client for it. */
public final class ServerFixture implements AutoCloseable {
    final FmscopeServer server;
    final CloudWatchLogsClient logs;
    final URI endpoint;

    ServerFixture(Path dataDir, InsightsEngine engine, Clock clock) {
        // The X-Ray daemon stays off: tests must not bind the well-known port 2000.
        this(dataDir, engine, clock, ServerConfig.defaults().withPort(0)
                .withTracing(io.fmscope.server.spans.TracingConfig.defaults().withDaemonPort(-1)));
    }

    ServerFixture(Path dataDir, InsightsEngine engine, Clock clock, ServerConfig config) {
        server = FmscopeServer.start(config, DuckLogStore.open(dataDir), engine, clock);
        endpoint = URI.create("http://127.0.0.1:" + server.port());
        logs = client(endpoint);
    }

    /** An SDK client as an application would configure it, pointed at {@code endpoint}. */
    public static CloudWatchLogsClient client(URI endpoint) {
        return CloudWatchLogsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Engine for tests that do not exercise Logs Insights: every query is rejected at compile time. */
    static final InsightsEngine NO_QUERIES = q -> {
        throw new InsightsEngine.CompileError("queries are not part of this test", 0, 0);
    };

    /** A raw POST with the given target and body, for what no SDK would send. */
    HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            b.header("X-Amz-Target", target);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override public void close() {
        logs.close();
        server.close();
    }
}
