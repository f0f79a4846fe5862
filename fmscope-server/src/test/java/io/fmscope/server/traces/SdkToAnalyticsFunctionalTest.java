package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.sdk.trace.FmRequest;
import io.fmscope.sdk.trace.FmTracer;
import io.fmscope.sdk.trace.FmTracing;
import io.fmscope.sdk.trace.ModelInvokeSpan;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.spans.TracingServer;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * End to end: the fmscope SDK tracer on the OpenTelemetry SDK exports over OTLP/HTTP to a real server, and
 * the analytics API builds the seed's service map from what was stored.
 */
class SdkToAnalyticsFunctionalTest {

    @Test void sdkTracesBecomeTheServiceMap() throws Exception {
        MemoryTraceStore store = new MemoryTraceStore();
        try (TracingServer server = new TracingServer(store, TracingConfig.defaults())) {
            OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
                    .setEndpoint(server.endpoint.resolve("/v1/traces").toString()).build();
            try (OpenTelemetrySdk sdk = FmTracing.sdk("manga-assist-orchestrator", exporter)) {
                FmTracer tracer = FmTracer.create(sdk, "manga-assist-orchestrator");
                for (int i = 0; i < 40; i++) {
                    try (FmRequest req = tracer.request("req-" + i, "s-" + (i % 7), "anthropic.claude-3-haiku")) {
                        req.cache("GET").close();
                        req.sessionStore("manga-sessions", "GetItem").close();
                        req.vectorSearch("manga-products", 5).close();
                        try (ModelInvokeSpan m = req.modelInvoke("anthropic.claude-3-haiku", 512)) {
                            if (i % 10 == 0) m.fail(new IllegalStateException("ThrottlingException: Too many requests"));
                            else m.usage(300, 80).costUsd(0.0002);
                        }
                        req.responseDelivery().close();
                    }
                }
                sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (store.reader().spanCount() < 240 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(store.reader().spanCount()).isEqualTo(240);

            JsonNode map = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.endpoint + "/api/traces/map?since=10m")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(map.get("traces").asInt()).isEqualTo(40);
            Map<String, JsonNode> nodes = new HashMap<>();
            map.get("nodes").forEach(n -> nodes.put(n.get("name").asText(), n));
            assertThat(nodes).containsOnlyKeys("client", "manga-assist-orchestrator", "ElastiCache-Redis", "DynamoDB",
                    "OpenSearch", "Bedrock", "APIGateway-WebSocket");
            JsonNode bedrock = nodes.get("Bedrock");
            assertThat(bedrock.get("inferred").asBoolean()).isTrue();
            assertThat(bedrock.get("type").asText()).isEqualTo("AWS::Bedrock::InvokeModel");
            assertThat(bedrock.get("stats").get("count").asInt()).isEqualTo(40);
            assertThat(bedrock.get("stats").get("throttles").asInt()).isEqualTo(4);
            assertThat(bedrock.get("health").asText()).isEqualTo("THROTTLE");
            assertThat(nodes.get("manga-assist-orchestrator").get("root").asBoolean()).isTrue();
            assertThat(nodes.get("DynamoDB").get("stats").get("ok").asInt()).isEqualTo(40);
        }
    }
}
