package io.fmscope.sdk.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FmTracerTest {
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private OpenTelemetrySdk sdk;
    private ManualClock clock;
    private FmTracer tracer;

    @BeforeEach void setUp() {
        sdk = FmTracing.sdk("manga-assist-orchestrator", SimpleSpanProcessor.create(exporter));
        clock = new ManualClock(1_700_000_000_000_000_000L);
        tracer = FmTracer.create(sdk, "manga-assist-orchestrator").withClock(clock);
    }

    @AfterEach void tearDown() {
        sdk.close();
    }

    @Test void rootAndFiveTypedChildrenFollowTheConventions() throws Exception {
        try (FmRequest req = tracer.request("req-1", "sess-9", "anthropic.claude-3-sonnet")) {
            clock.advanceMillis(5);
            req.cache("get").call(() -> { clock.advanceMillis(2); return "miss"; });
            try (ChildSpan s = req.sessionStore("manga-sessions", "GetItem")) { clock.advanceMillis(8); }
            try (ChildSpan s = req.vectorSearch("manga-products", 5)) { clock.advanceMillis(120); }
            try (ModelInvokeSpan m = req.modelInvoke("anthropic.claude-3-sonnet", 1024)) {
                clock.advanceMillis(1500);
                m.usage(812, 240).responseModel("anthropic.claude-3-sonnet-20240229").finishReasons("end_turn").costUsd(0.0060);
            }
            try (ChildSpan s = req.responseDelivery()) { clock.advanceMillis(15); }
            clock.advanceMillis(10);
        }
        Map<String, SpanData> byName = exporter.getFinishedSpanItems().stream()
                .collect(Collectors.toMap(SpanData::getName, Function.identity()));
        assertThat(byName).containsOnlyKeys("fm-request", "GET", "GetItem manga-sessions", "retrieval manga-products",
                "chat anthropic.claude-3-sonnet", "PostToConnection");
        SpanData root = byName.get("fm-request");
        assertThat(root.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(attr(root, "fmscope.request.id")).isEqualTo("req-1");
        assertThat(attr(root, "session.id")).isEqualTo("sess-9");
        assertThat(attr(root, "gen_ai.request.model")).isEqualTo("anthropic.claude-3-sonnet");
        for (SpanData child : byName.values()) {
            if (child == root) continue;
            assertThat(child.getParentSpanId()).isEqualTo(root.getSpanId());
            assertThat(child.getTraceId()).isEqualTo(root.getTraceId());
            assertThat(child.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(child.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        }
        assertThat(attr(byName.get("GET"), "db.system.name")).isEqualTo("redis");
        SpanData ddb = byName.get("GetItem manga-sessions");
        assertThat(attr(ddb, "db.system.name")).isEqualTo("aws.dynamodb");
        assertThat(attr(ddb, "rpc.system")).isEqualTo("aws-api");
        assertThat(ddb.getAttributes().get(AttributeKey.stringArrayKey("aws.dynamodb.table_names"))).containsExactly("manga-sessions");
        SpanData search = byName.get("retrieval manga-products");
        assertThat(attr(search, "gen_ai.operation.name")).isEqualTo("retrieval");
        assertThat(attr(search, "db.system.name")).isEqualTo("opensearch");
        assertThat(search.getAttributes().get(FmAttributes.GEN_AI_TOP_K)).isEqualTo(5L);
        SpanData model = byName.get("chat anthropic.claude-3-sonnet");
        assertThat(attr(model, "gen_ai.provider.name")).isEqualTo("aws.bedrock");
        assertThat(attr(model, "gen_ai.system")).isEqualTo("aws.bedrock");
        assertThat(attr(model, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attr(model, "gen_ai.response.model")).isEqualTo("anthropic.claude-3-sonnet-20240229");
        assertThat(model.getAttributes().get(FmAttributes.GEN_AI_INPUT_TOKENS)).isEqualTo(812L);
        assertThat(model.getAttributes().get(FmAttributes.GEN_AI_OUTPUT_TOKENS)).isEqualTo(240L);
        assertThat(model.getAttributes().get(FmAttributes.GEN_AI_MAX_TOKENS)).isEqualTo(1024L);
        assertThat(model.getAttributes().get(FmAttributes.COST_USD)).isEqualTo(0.006);
        assertThat(model.getAttributes().get(FmAttributes.RESEND_COUNT)).isNull();
        assertThat(attr(byName.get("PostToConnection"), "rpc.service")).isEqualTo("ApiGatewayManagementApi");
    }

    @Test void timingSummaryMatchesSpansAndGoesToXrayMetadata() throws Exception {
        FmRequest req = tracer.request("req-2", "s", "m");
        clock.advanceMillis(4);
        try (ChildSpan c = req.cache("GET")) { clock.advanceMillis(3); }
        try (ChildSpan v = req.vectorSearch("idx", 3)) { clock.advanceMillis(200); }
        try (ModelInvokeSpan m = req.modelInvoke("m", 10)) { clock.advanceMillis(2000); }
        clock.advanceMillis(6);
        req.close();
        TimingSummary t = req.timingSummary();
        assertThat(t.totalDurationMs()).isEqualTo(2213.0);
        assertThat(t.childTotalMs()).isEqualTo(2203.0);
        assertThat(t.orchestratorOverheadMs()).isEqualTo(10.0);
        assertThat(t.children()).extracting(ChildTiming::component)
                .containsExactly(Component.CACHE, Component.VECTOR_SEARCH, Component.MODEL_INVOKE);
        assertThat(t.traceId()).isEqualTo(req.traceId());

        SpanData root = exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals("fm-request")).findFirst().orElseThrow();
        assertThat((root.getEndEpochNanos() - root.getStartEpochNanos()) / 1e6).isEqualTo(t.totalDurationMs());
        assertThat(root.getAttributes().get(FmAttributes.OVERHEAD_MS)).isEqualTo(10.0);
        JsonNode meta = new ObjectMapper().readTree(attr(root, "aws.xray.metadata.fm_trace")).get("timing_summary");
        assertThat(meta.get("request_id").asText()).isEqualTo("req-2");
        assertThat(meta.get("subsegments")).hasSize(3);
        assertThat(meta.get("subsegments").get(2).get("duration_ms").asDouble()).isEqualTo(2000.0);
        assertThat(meta.get("orchestrator_overhead_ms").asDouble()).isEqualTo(10.0);
    }

    @Test void throttleErrorAndFaultFlagsFollowXray() {
        try (FmRequest req = tracer.request("r", "s", "m")) {
            req.modelInvoke("m", 10).fail(new IllegalStateException("ThrottlingException: Rate exceeded")).close();
            req.sessionStore("t", "GetItem").status(404).close();
            req.cache("GET").fail(new RuntimeException("connection reset")).close();
            req.vectorSearch("i", 5).fail(new StatusException(503)).close();
            TimingSummary t = req.timingSummary();
            assertThat(t.children()).extracting(ChildTiming::throttle).containsExactly(true, false, false, false);
            assertThat(t.children()).extracting(ChildTiming::error).containsExactly(true, true, false, false);
            assertThat(t.children()).extracting(ChildTiming::fault).containsExactly(false, false, true, true);
        }
        Map<String, SpanData> byName = exporter.getFinishedSpanItems().stream()
                .collect(Collectors.toMap(SpanData::getName, Function.identity()));
        SpanData model = byName.get("chat m");
        assertThat(model.getAttributes().get(FmAttributes.HTTP_STATUS)).isEqualTo(429L);
        assertThat(model.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(model.getEvents()).extracting(e -> e.getName()).containsExactly("exception");
        assertThat(byName.get("GetItem t").getAttributes().get(FmAttributes.HTTP_STATUS)).isEqualTo(404L);
        SpanData cache = byName.get("GET");
        assertThat(cache.getAttributes().get(FmAttributes.HTTP_STATUS)).isNull();
        assertThat(cache.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(byName.get("retrieval i").getAttributes().get(FmAttributes.HTTP_STATUS)).isEqualTo(503L);
        assertThat(byName.get("fm-request").getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test void retriesCarryTheResendCount() {
        try (FmRequest req = tracer.request("r", "s", "m")) {
            req.modelInvoke("m", 10, 2).close();
        }
        SpanData model = exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals("chat m")).findFirst().orElseThrow();
        assertThat(model.getAttributes().get(FmAttributes.RESEND_COUNT)).isEqualTo(2L);
    }

    @Test void callRecordsAndRethrowsTheApplicationsOwnException() {
        IllegalArgumentException boom = new IllegalArgumentException("ValidationException: bad prompt");
        try (FmRequest req = tracer.request("r", "s", "m")) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> req.modelInvoke("m", 1).call(() -> { throw boom; }));
            assertThat(thrown).isSameAs(boom);
            assertThat(req.timingSummary().children()).singleElement().satisfies(c -> {
                assertThat(c.error()).isTrue();
                assertThat(c.fault()).isFalse();
            });
        }
    }

    @Test void currentTraceIdIsTheOpenRequestsInW3cAndXrayForm() {
        assertThat(FmTracer.currentTraceId()).isEmpty();
        String inside;
        String xray;
        try (FmRequest req = tracer.request("r", "s", "m")) {
            inside = FmTracer.currentTraceId().orElseThrow();
            xray = FmTracer.currentXrayTraceId().orElseThrow();
            assertThat(inside).isEqualTo(req.traceId());
            try (ChildSpan c = req.cache("GET")) {
                assertThat(FmTracer.currentTraceId()).contains(inside);
            }
        }
        assertThat(inside).matches("[0-9a-f]{32}");
        assertThat(xray).isEqualTo("1-" + inside.substring(0, 8) + "-" + inside.substring(8));
        assertThat(FmTracer.currentTraceId()).isEmpty();
        long epoch = Long.parseLong(inside.substring(0, 8), 16);
        assertThat(Math.abs(epoch - System.currentTimeMillis() / 1000)).isLessThan(600);
    }

    @Test void theRequestFollowsAnIncomingParent() {
        var parentTracer = sdk.getTracer("caller");
        var parent = parentTracer.spanBuilder("api-gateway").startSpan();
        try (var scope = parent.makeCurrent(); FmRequest req = tracer.request("r", "s", "m")) {
            assertThat(req.traceId()).isEqualTo(parent.getSpanContext().getTraceId());
        }
        parent.end();
        List<SpanData> spans = exporter.getFinishedSpanItems();
        SpanData root = spans.stream().filter(s -> s.getName().equals("fm-request")).findFirst().orElseThrow();
        assertThat(root.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    }

    private static String attr(SpanData s, String key) {
        return s.getAttributes().get(AttributeKey.stringKey(key));
    }

    /** Exposes an HTTP status the way AWS SDK v2 exceptions do. */
    public static final class StatusException extends RuntimeException {
        private final int status;

        StatusException(int status) {
            super("service said no");
            this.status = status;
        }

        public int statusCode() {
            return status;
        }
    }
}
