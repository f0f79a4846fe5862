package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.storage.memory.MemoryLogStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analytics API on a real server (random port) over a trace store holding 30 minutes of traffic. */
class TraceAnalyticsFunctionalTest {
    static final long NOW_NANOS = 1_780_001_800_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static FmscopeServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll static void start() {
        MemoryTraceStore traces = new MemoryTraceStore();
        SplittableRandom r = new SplittableRandom(5);
        long from = NOW_NANOS - 30 * MINUTE;
        for (long t = from; t < NOW_NANOS; t += 500_000_000L) {
            int minute = (int) ((t - from) / MINUTE);
            var b = SyntheticRequest.of(TraceId.newXRay(t / 1_000_000_000L, r), t).cache(2).session(5).search(40)
                    .model("anthropic.claude-3-sonnet", 900, 500, 200, 0.004);
            if (minute >= 20 && minute < 23 && r.nextDouble() < 0.5) b.status(429);
            traces.writer().write(b.deliver(10).build());
        }
        Clock clock = Clock.fixed(Instant.ofEpochSecond(0, NOW_NANOS), ZoneOffset.UTC);
        ServerConfig config = ServerConfig.defaults().withPort(0)
                .withTracing(TracingConfig.defaults().withDaemonPort(TracingConfig.DISABLED));
        server = FmscopeServer.start(config, new MemoryLogStore(), traces, new ReferenceInsightsEngine(), clock);
    }

    @AfterAll static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test void serviceMapOverTheWindow() throws Exception {
        HttpResponse<String> res = get("/api/traces/map?since=15m");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode map = JSON.readTree(res.body());
        assertThat(map.get("traces").asInt()).isEqualTo(15 * 120);
        assertThat(map.get("nodes").findValuesAsText("name")).contains("client", SyntheticRequest.SERVICE, "Bedrock", "OpenSearch");
        JsonNode bedrock = null;
        for (JsonNode n : map.get("nodes")) if (n.get("name").asText().equals("Bedrock")) bedrock = n;
        assertThat(bedrock.get("health").asText()).isEqualTo("THROTTLE");
        assertThat(bedrock.get("stats").get("throttles").asInt()).isPositive();
    }

    @Test void throttleBurstIsFirst() throws Exception {
        JsonNode rep = JSON.readTree(get("/api/traces/throttles?since=30m&bin=1m").body());
        JsonNode top = rep.get("bursts").get(0);
        assertThat(top.get("model").asText()).isEqualTo("anthropic.claude-3-sonnet");
        assertThat(top.get("startNanos").asLong()).isEqualTo(NOW_NANOS - 10 * MINUTE);
        assertThat(top.get("endNanos").asLong()).isEqualTo(NOW_NANOS - 7 * MINUTE);
    }

    @Test void everyAnalysisAnswers() throws Exception {
        assertThat(get("/api/traces/hotspots?since=15m&baseline=15m&slow=3s").statusCode()).isEqualTo(200);
        JsonNode retries = JSON.readTree(get("/api/traces/retries?since=30m").body());
        assertThat(retries.get("requests").asInt()).isEqualTo(30 * 120);
        JsonNode cold = JSON.readTree(get("/api/traces/coldstarts?since=30m&quiet=5m").body());
        assertThat(cold.get("services").get(0).get("service").asText()).isEqualTo(SyntheticRequest.SERVICE);
    }

    @Test void badParametersAre400WithAMessage() throws Exception {
        HttpResponse<String> res = get("/api/traces/map?since=fifteen");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(res.body()).get("message").asText()).contains("since").contains("fifteen");
        assertThat(get("/api/traces/throttles?bin=0ms").statusCode()).isEqualTo(400);
    }
}
