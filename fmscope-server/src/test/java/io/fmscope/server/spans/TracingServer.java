package io.fmscope.server.spans;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.InsightsEngine;
import io.fmscope.storage.memory.MemoryLogStore;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.xray.XRayClient;

/**
 * A real server on random 127.0.0.1 ports (HTTP and the X-Ray daemon's UDP+TCP) over a given trace store,
 * with an AWS SDK v2 X-Ray client and a raw HTTP client for what no SDK sends.
 */
public final class TracingServer implements AutoCloseable {
    public final FmscopeServer server;
    public final URI endpoint;
    public final XRayClient xray;
    private final HttpClient http = HttpClient.newHttpClient();

    public TracingServer() {
        this(new MemoryTraceStore(), TracingConfig.defaults());
    }

    public TracingServer(TraceStore traces, TracingConfig tracing) {
        InsightsEngine none = q -> {
            throw new InsightsEngine.CompileError("no queries here", 0, 0);
        };
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0).withTracing(tracing.withDaemonPort(0)),
                new MemoryLogStore(), traces, none, Clock.systemUTC());
        endpoint = URI.create("http://127.0.0.1:" + server.port());
        xray = XRayClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public int daemonPort() {
        return server.tracing().daemonPort().orElseThrow();
    }

    public HttpResponse<byte[]> post(String path, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override public void close() {
        xray.close();
        http.close();
        server.close();
    }
}
