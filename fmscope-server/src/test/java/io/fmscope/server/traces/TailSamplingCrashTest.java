package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.xray.XRayClient;

/**
 * Nothing acknowledged is lost while the tail sampler buffers it: a child server (DuckDB, sampling on: keep
 * traces with an issue, drop the rest) acknowledges OTLP posts and is killed with SIGKILL right after, before
 * the sampler's grace has elapsed for the last traces. After a restart on the same data directory, every
 * acknowledged error trace is stored whole, no healthy trace is, and the journal replay is visible.
 */
class TailSamplingCrashTest {
    private static final int REQUESTS = 12;
    private static final int TRACES_PER_REQUEST = 10;
    @TempDir Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private record Child(Process process, int port) {
    }

    private Child start(Path data, Path rules) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ChildTracingServer.class.getName(), data.toString(),
                rules.toString()).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("child listening ")) {
                        port.complete(Integer.parseInt(line.substring("child listening ".length()).trim()));
                    }
                }
            } catch (java.io.IOException ignored) {
                // killed
            }
            port.completeExceptionally(new IllegalStateException("child exited before listening:\n" + output));
        });
        reader.setDaemon(true);
        reader.start();
        return new Child(p, port.get(60, TimeUnit.SECONDS));
    }

    @Test void acknowledgedSpansSurviveSigkillWhileBuffered() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - {name: issues, priority: 1, match: {outcome: [error, throttle, fault, status_error]}, fixed_rate: 1.0}
                  - {name: rest, priority: 2, fixed_rate: 0.0}
                """);
        Path data = dir.resolve("data");
        Set<TraceId> errors = new HashSet<>();
        Set<TraceId> healthy = new HashSet<>();
        Child first = start(data, rules);
        try {
            for (int r = 0; r < REQUESTS; r++) {
                List<TraceId> ids = new ArrayList<>();
                byte[] body = request(r, ids);
                HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + first.port() + "/v1/traces")).header("Content-Type", "application/x-protobuf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(resp.statusCode()).isEqualTo(200);
                for (int i = 0; i < ids.size(); i++) {
                    (i % 2 == 0 ? errors : healthy).add(ids.get(i));
                }
            }
        } finally {
            first.process().destroyForcibly(); // SIGKILL: within the 1 s grace of the last acknowledged traces
            assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.process().exitValue()).isEqualTo(137);

        Child second = start(data, rules);
        try (XRayClient xray = XRayClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + second.port()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "x"))).build()) {
            JsonNode report = Json.MAPPER.readTree(get(second.port(), "/api/traces/sampling"));
            assertThat(report.at("/journal/replayedSpans").asLong()).as(report.toString()).isPositive();
            Set<TraceId> found = new HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (found.size() < errors.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                for (TraceId id : errors) {
                    if (!found.contains(id)) {
                        xray.batchGetTraces(b -> b.traceIds(id.toXRay())).traces().forEach(t -> {
                            assertThat(t.segments()).hasSize(1); // the root segment, its two children inside
                            found.add(id);
                        });
                    }
                }
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(errors);
            for (TraceId id : healthy) {
                assertThat(xray.batchGetTraces(b -> b.traceIds(id.toXRay())).traces()).isEmpty();
            }
            report = Json.MAPPER.readTree(get(second.port(), "/api/traces/sampling"));
            assertThat(report.at("/sampler/tracesSampledOut").asLong()).as(report.toString()).isPositive();
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Ten whole traces of three spans (server root, two clients); even-numbered ones end in an error. */
    private static byte[] request(int r, List<TraceId> ids) {
        long now = System.currentTimeMillis() * 1_000_000L;
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        for (int t = 0; t < TRACES_PER_REQUEST; t++) {
            byte[] trace = ByteBuffer.allocate(16).putLong(0x5f00_0000_0000_0000L | r).putLong(t + 1).array();
            ids.add(TraceId.fromBytes(trace));
            ByteString tid = ByteString.copyFrom(trace);
            ByteString root = id(r, t, 0);
            scope.addSpans(Span.newBuilder().setTraceId(tid).setSpanId(root).setName("POST /chat")
                    .setKind(Span.SpanKind.SPAN_KIND_SERVER).setStartTimeUnixNano(now).setEndTimeUnixNano(now + 900_000_000));
            for (int c = 1; c <= 2; c++) {
                Span.Builder child = Span.newBuilder().setTraceId(tid).setSpanId(id(r, t, c)).setParentSpanId(root)
                        .setName(c == 1 ? "redis GET" : "chat claude").setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                        .setStartTimeUnixNano(now + c * 1_000_000L).setEndTimeUnixNano(now + c * 100_000_000L);
                if (t % 2 == 0 && c == 2) {
                    child.setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage("boom"));
                }
                scope.addSpans(child);
            }
        }
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                        .setValue(AnyValue.newBuilder().setStringValue("chatbot"))))
                .addScopeSpans(scope)).build().toByteArray();
    }

    private static ByteString id(int r, int t, int c) {
        return ByteString.copyFrom(ByteBuffer.allocate(8).putLong(((long) r << 32) | ((long) t << 8) | (c + 1)).array());
    }
}
