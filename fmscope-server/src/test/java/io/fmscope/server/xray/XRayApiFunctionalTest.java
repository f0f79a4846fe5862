package io.fmscope.server.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.TracingServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.xray.model.GetServiceGraphResponse;
import software.amazon.awssdk.services.xray.model.InvalidRequestException;
import software.amazon.awssdk.services.xray.model.PutTraceSegmentsResponse;
import software.amazon.awssdk.services.xray.model.SamplingRule;
import software.amazon.awssdk.services.xray.model.Service;
import software.amazon.awssdk.services.xray.model.TraceSummary;

/** The AWS SDK for Java v2 X-Ray client against fmscope's X-Ray API. */
class XRayApiFunctionalTest {
    private TracingServer server;
    private final long now = Instant.now().getEpochSecond();

    @BeforeEach void start() {
        server = new TracingServer();
    }

    @AfterEach void stop() {
        server.close();
    }

    /** A chatbot request: API segment calling DynamoDB (inferred) and a downstream model service segment. */
    private List<String> request(int n, int status, boolean throttled, double seconds) {
        String trace = String.format("1-%08x-%024x", now, 0xabc000L + n);
        String api = String.format("%016x", 0x1000L + n * 16);
        String call = String.format("%016x", 0x1001L + n * 16);
        String model = String.format("%016x", 0x1002L + n * 16);
        double t0 = now - 60 + n * 0.5;
        String seg = """
            {"name":"chatbot","id":"%s","trace_id":"%s","start_time":%s,"end_time":%s,"origin":"AWS::ECS::Container",
             "http":{"request":{"method":"POST","url":"https://chat/ask"},"response":{"status":%d}},
             "fault":%s,"annotations":{"session_id":"s-%d","tokens":%d},
             "subsegments":[
               {"id":"%s","name":"DynamoDB","namespace":"aws","start_time":%s,"end_time":%s,
                "aws":{"operation":"GetItem","table_name":"sessions"}},
               {"id":"%016x","name":"model-service","namespace":"remote","start_time":%s,"end_time":%s,
                "throttle":%s,"error":%s,"http":{"response":{"status":%d}}}]}
            """.formatted(api, trace, t0, t0 + seconds, status, status >= 500, n, 100 * n, call, t0 + 0.01, t0 + 0.02,
                0x1003L + n * 16, t0 + 0.03, t0 + seconds - 0.01, throttled, throttled, throttled ? 429 : 200);
        String downstream = """
            {"name":"model-service","id":"%s","trace_id":"%s","parent_id":"%016x","start_time":%s,"end_time":%s,
             "throttle":%s,"error":%s}
            """.formatted(model, trace, 0x1003L + n * 16, t0 + 0.04, t0 + seconds - 0.02, throttled, throttled);
        return List.of(seg, downstream);
    }

    private void putAll() {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.addAll(request(i, i == 3 ? 503 : 200, i % 5 == 1, i == 7 ? 4.0 : 0.5));
        }
        PutTraceSegmentsResponse put = server.xray.putTraceSegments(b -> b.traceSegmentDocuments(docs));
        assertThat(put.unprocessedTraceSegments()).isEmpty();
    }

    private List<TraceSummary> summaries(String filter) {
        return server.xray.getTraceSummaries(b -> b.startTime(Instant.ofEpochSecond(now - 120))
                .endTime(Instant.ofEpochSecond(now + 60)).filterExpression(filter)).traceSummaries();
    }

    @Test void putKeepsValidDocumentsAndReportsBadOnes() {
        List<String> docs = new ArrayList<>(request(0, 200, false, 0.5));
        docs.add("{\"name\":\"x\",\"trace_id\":\"1-5759e988-bd862e3fe1be46a994272793\",\"start_time\":1,\"end_time\":2}");
        docs.add("{\"name\":\"x\",\"id\":\"0123456789abcdef\",\"trace_id\":\"1-5759e988-bd862e3fe1be46a994272793\","
                + "\"start_time\":5,\"end_time\":2}");
        docs.add("not json");
        PutTraceSegmentsResponse put = server.xray.putTraceSegments(b -> b.traceSegmentDocuments(docs));
        assertThat(put.unprocessedTraceSegments()).extracting(u -> u.errorCode())
                .containsExactly("MissingId", "InvalidTimes", "InvalidJson");
        assertThat(put.unprocessedTraceSegments().get(1).id()).isEqualTo("0123456789abcdef");
        assertThat(summaries(null)).hasSize(1);
    }

    @Test void summariesFilterByTheExpressionSubset() {
        putAll();
        assertThat(summaries(null)).hasSize(10);
        assertThat(summaries("fault")).extracting(TraceSummary::hasFault).containsExactly(true);
        assertThat(summaries("http.status = 503")).hasSize(1);
        assertThat(summaries("responsetime > 3")).singleElement()
                .satisfies(s -> assertThat(s.responseTime()).isEqualTo(4.0));
        assertThat(summaries("duration >= 3 OR fault")).hasSize(2);
        assertThat(summaries("service(\"model-service\") { throttle }")).hasSize(2);
        assertThat(summaries("throttle")).isEmpty(); // the root did not throttle: root-only, as X-Ray
        assertThat(summaries("annotation.session_id = \"s-4\"")).hasSize(1);
        assertThat(summaries("annotation.tokens >= 800")).hasSize(2);
        assertThat(summaries("!fault AND http.url CONTAINS \"chat\" AND http.method = \"POST\"")).hasSize(9);
        assertThat(summaries("service(id(name: \"DynamoDB\", type: \"AWS::DynamoDB::Table\"))")).hasSize(10);
        TraceSummary one = summaries("annotation.session_id = \"s-1\"").getFirst();
        assertThat(one.entryPoint().name()).isEqualTo("chatbot");
        assertThat(one.serviceIds()).extracting(s -> s.name()).contains("chatbot", "DynamoDB", "model-service");
        assertThat(one.annotations().get("tokens").getFirst().annotationValue().numberValue()).isEqualTo(100.0);
    }

    @Test void malformedFilterIsInvalidRequestWithPosition() {
        assertThatThrownBy(() -> summaries("responsetime > "))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("position 15");
        assertThatThrownBy(() -> summaries("http.url = chat"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("quoted");
    }

    @Test void batchGetReturnsProcessedDocumentsAndUnprocessedIds() throws Exception {
        putAll();
        String id = String.format("1-%08x-%024x", now, 0xabc000L + 4);
        String w3c = String.format("%08x%024x", now, 0xabc000L + 5);
        var got = server.xray.batchGetTraces(b -> b.traceIds(id, w3c, "1-00000001-000000000000000000000001"));
        assertThat(got.traces()).hasSize(2);
        assertThat(got.unprocessedTraceIds()).containsExactly("1-00000001-000000000000000000000001");
        var segments = got.traces().getFirst().segments();
        assertThat(segments).hasSize(2);
        JsonNode api = Json.MAPPER.readTree(segments.getFirst().document());
        assertThat(api.get("name").asText()).isEqualTo("chatbot");
        assertThat(api.get("subsegments")).hasSize(2);
        assertThat(api.at("/annotations/session_id").asText()).isEqualTo("s-4");
        assertThat(api.at("/subsegments/0/aws/table_name").asText()).isEqualTo("sessions");
    }

    @Test void serviceGraphHasNodesEdgesAndStatistics() {
        putAll();
        GetServiceGraphResponse g = server.xray.getServiceGraph(b -> b.startTime(Instant.ofEpochSecond(now - 120))
                .endTime(Instant.ofEpochSecond(now + 60)));
        Map<String, Service> byType = new java.util.HashMap<>();
        g.services().forEach(s -> byType.put(s.name() + "|" + s.type(), s));
        Service client = byType.get("chatbot|client");
        Service api = byType.get("chatbot|AWS::ECS::Container");
        Service ddb = byType.get("DynamoDB|AWS::DynamoDB::Table");
        Service model = byType.get("model-service|null");
        assertThat(client.edges()).singleElement().satisfies(e -> assertThat(e.referenceId()).isEqualTo(api.referenceId()));
        assertThat(api.root()).isTrue();
        assertThat(api.summaryStatistics().totalCount()).isEqualTo(10);
        assertThat(api.summaryStatistics().faultStatistics().totalCount()).isEqualTo(1);
        assertThat(api.summaryStatistics().okCount()).isEqualTo(9);
        assertThat(api.edges()).extracting(e -> e.referenceId())
                .containsExactlyInAnyOrder(ddb.referenceId(), model.referenceId());
        var toModel = api.edges().stream().filter(e -> e.referenceId().equals(model.referenceId())).findFirst()
                .orElseThrow();
        assertThat(toModel.summaryStatistics().errorStatistics().throttleCount()).isEqualTo(2);
        assertThat(model.state()).isEqualTo("active");
        assertThat(ddb.state()).isEqualTo("unknown");
        assertThat(ddb.summaryStatistics().totalCount()).isEqualTo(10);
        assertThat(api.responseTimeHistogram()).extracting(h -> h.value()).contains(0.5, 4.0);
        assertThat(api.responseTimeHistogram().stream().mapToLong(h -> h.count()).sum()).isEqualTo(10);
    }

    @Test void samplingRuleCrud() {
        var created = server.xray.createSamplingRule(b -> b.samplingRule(SamplingRule.builder().ruleName("slow-chat")
                .priority(50).fixedRate(0.5).reservoirSize(2).serviceName("chatbot").serviceType("*").host("*")
                .httpMethod("POST").urlPath("/chat*").resourceARN("*").version(1).build()));
        assertThat(created.samplingRuleRecord().samplingRule().ruleARN()).endsWith(":sampling-rule/slow-chat");
        assertThat(server.xray.getSamplingRules(b -> { }).samplingRuleRecords())
                .extracting(r -> r.samplingRule().ruleName()).containsExactly("slow-chat", "health-checks", "Default");
        var updated = server.xray.updateSamplingRule(b -> b.samplingRuleUpdate(u -> u.ruleName("slow-chat")
                .fixedRate(0.25)));
        assertThat(updated.samplingRuleRecord().samplingRule().fixedRate()).isEqualTo(0.25);
        assertThat(updated.samplingRuleRecord().samplingRule().urlPath()).isEqualTo("/chat*");
        assertThat(server.xray.deleteSamplingRule(b -> b.ruleName("slow-chat")).samplingRuleRecord()
                .samplingRule().ruleName()).isEqualTo("slow-chat");
        assertThatThrownBy(() -> server.xray.deleteSamplingRule(b -> b.ruleName("Default")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> server.xray.createSamplingRule(b -> b.samplingRule(SamplingRule.builder()
                .ruleName("bad").priority(1).fixedRate(2.0).reservoirSize(1).serviceName("*").serviceType("*")
                .host("*").httpMethod("*").urlPath("*").resourceARN("*").version(1).build())))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("fixedRate");
    }
}
