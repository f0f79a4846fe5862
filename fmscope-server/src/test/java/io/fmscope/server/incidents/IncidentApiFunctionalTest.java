package io.fmscope.server.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.incidents.json.IncidentJson;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.ServerFixture;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.memory.MemoryLogStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * A real server on a random port: FM-call records sent with the AWS SDK's PutLogEvents reach the detector
 * through the store, the incident shows on {@code /api/incidents}, and {@code /api/diagnose} names its cause.
 */
class IncidentApiFunctionalTest {
    private static final String GROUP = "/ecs/manga-assist-orchestrator";
    private FmscopeServer server;
    private CloudWatchLogsClient logs;
    private URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach void start() {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), new MemoryLogStore(),
                new ReferenceInsightsEngine(), Clock.systemUTC());
        base = URI.create("http://127.0.0.1:" + server.port());
        logs = ServerFixture.client(base);
    }

    @AfterEach void stop() {
        logs.close();
        server.close();
        http.close();
    }

    @Test void aThrottlingBurstBecomesAnIncidentWithADiagnosis() throws Exception {
        long start = Instant.now().minusSeconds(1800).toEpochMilli();
        logs.createLogGroup(b -> b.logGroupName(GROUP));
        logs.createLogStream(b -> b.logGroupName(GROUP).logStreamName("task-1"));
        List<InputLogEvent> all = calls(start, 25 * 60, 900, 1200);
        for (int i = 0; i < all.size(); i += 1000) {
            List<InputLogEvent> batch = all.subList(i, Math.min(all.size(), i + 1000));
            logs.putLogEvents(b -> b.logGroupName(GROUP).logStreamName("task-1").logEvents(batch));
        }
        JsonNode incident = awaitIncident();
        assertThat(incident.path("status").asText()).isEqualTo("CLOSED");
        long opened = Instant.parse(incident.path("openedAt").asText()).toEpochMilli();
        assertThat(opened - start).isBetween(900_000L, 960_000L);
        assertThat(incident.path("signals").findValuesAsText("signal")).contains("category:MODEL_THROTTLE");

        String id = incident.path("id").asText();
        assertThat(get("/api/incidents/" + id).path("id").asText()).isEqualTo(id);
        Diagnosis d = IncidentJson.MAPPER.treeToValue(get("/api/diagnose?incident=" + id), Diagnosis.class);
        assertThat(d.incidentId()).isEqualTo(id);
        assertThat(d.hypotheses().getFirst().category()).isEqualTo("MODEL_THROTTLE");
        assertThat(d.hypotheses().getFirst().component()).isEqualTo("bedrock");
        assertThat(d.hypotheses().getFirst().evidence()).isNotEmpty();

        Diagnosis recent = IncidentJson.MAPPER.treeToValue(get("/api/diagnose?since=15m"), Diagnosis.class);
        assertThat(recent.incidentId()).isNull();
        assertThat(recent.to().toEpochMilli() - recent.from().toEpochMilli()).isEqualTo(15 * 60_000 + 1);
    }

    @Test void badParametersAndUnknownIncidents() throws Exception {
        assertThat(status("/api/diagnose?since=soon")).isEqualTo(400);
        assertThat(status("/api/diagnose?since=5m&incident=INC-1")).isEqualTo(400);
        assertThat(status("/api/diagnose?incident=INC-nope")).isEqualTo(404);
        assertThat(status("/api/incidents/INC-nope")).isEqualTo(404);
        assertThat(status("/api/incidents?status=maybe")).isEqualTo(400);
        JsonNode empty = get("/api/incidents?status=open");
        assertThat(empty.path("incidents").size()).isZero();
        assertThat(empty.path("detector").path("events").asLong()).isZero();
    }

    private JsonNode awaitIncident() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode list = get("/api/incidents").path("incidents");
            if (list.size() > 0 && list.get(0).path("status").asText().equals("CLOSED")) return list.get(0);
            Thread.sleep(200);
        }
        throw new AssertionError("no closed incident: " + get("/api/incidents"));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return IncidentJson.MAPPER.readTree(r.body());
    }

    private int status(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(IncidentJson.MAPPER.readTree(r.body()).has("message") || r.statusCode() == 200).isTrue();
        return r.statusCode();
    }

    /** FM calls at 12/s; 0.5% throttled, 30% between {@code burstFrom} and {@code burstTo} seconds. */
    private static List<InputLogEvent> calls(long start, int seconds, int burstFrom, int burstTo) {
        SplittableRandom r = new SplittableRandom(5);
        List<InputLogEvent> out = new ArrayList<>();
        int n = 0;
        for (long t = 0; t < seconds * 1000L; t += 1000 / 12) {
            double s = t / 1000.0;
            boolean throttled = r.nextDouble() < (s >= burstFrom && s < burstTo ? 0.3 : 0.005);
            double bedrock = 900 * Math.exp(0.3 * r.nextGaussian());
            String error = throttled ? ",\"error\":{\"error_type\":\"ThrottlingException\",\"error_code\":\"ThrottlingException\","
                    + "\"error_message\":\"Too many requests, please wait before trying again.\",\"upstream_service\":\"bedrock\"}" : "";
            String json = String.format(Locale.ROOT, "{\"log_type\":\"FM_CALL\",\"metadata\":{\"request_id\":\"req-%d\","
                    + "\"model_id\":\"anthropic.claude-3-haiku-20240307-v1:0\"},\"status\":\"%s\",\"latency\":{\"total_e2e_ms\":%.1f,"
                    + "\"bedrock_invoke_ms\":%.1f},\"cost\":{\"total_cost_usd\":0.0012,\"was_cached\":false}%s}",
                    n++, throttled ? "THROTTLED" : "SUCCESS", bedrock + 300, bedrock, error);
            out.add(InputLogEvent.builder().timestamp(start + t).message(json).build());
        }
        return out;
    }
}
