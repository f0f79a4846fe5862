package io.fmscope.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.spans.TracingServer;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OTLP/HTTP edge cases: JSON encoding, gzip, partial success, and every kind of bad request. */
class OtlpBadInputFunctionalTest {
    static final String TRACE = "5759e988bd862e3fe1be46a994272793";
    private TracingServer server;

    @BeforeEach void start() {
        server = new TracingServer(new MemoryTraceStore(), TracingConfig.defaults().withOtlpMaxBodyBytes(64 * 1024));
    }

    @AfterEach void stop() {
        server.close();
    }

    static String json(String... spans) {
        return """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"rag"}}]},
              "scopeSpans":[{"scope":{"name":"hand"},"spans":[%s]}]}]}""".formatted(String.join(",", spans));
    }

    static String span(String spanId, String parent, String start, String end) {
        return """
            {"traceId":"%s","spanId":"%s","parentSpanId":"%s","name":"op-%s","kind":3,
             "startTimeUnixNano":"%s","endTimeUnixNano":%s,"status":{"code":2,"message":"boom"},
             "attributes":[{"key":"http.response.status_code","value":{"intValue":"503"}},
                           {"key":"gen_ai.system","value":{"stringValue":"aws.bedrock"}},
                           {"key":"score","value":{"doubleValue":0.5}}],
             "events":[{"timeUnixNano":"%s","name":"exception","attributes":[
                {"key":"exception.type","value":{"stringValue":"ModelTimeout"}}]}]}"""
                .formatted(TRACE, spanId, parent, spanId, start, end, start);
    }

    private HttpResponse<byte[]> post(String type, byte[] body, Map<String, String> headers) throws Exception {
        return server.post("/v1/traces", type, body, headers);
    }

    @Test void jsonWithHexIdsIntEnumsAndPartialSuccess() throws Exception {
        String body = json(span("00f067aa0ba902b7", "", "1700000000000000000", "1700000000500000000"),
                span("00f067aa0ba902b8", "00f067aa0ba902b7", "1700000000100000000", "1700000000200000000"),
                span("not-hex", "", "1700000000000000000", "1700000000500000000"),
                span("00f067aa0ba902b9", "", "1700000000900000000", "1700000000100000000"));
        HttpResponse<byte[]> r = post("application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode resp = Json.MAPPER.readTree(r.body());
        assertThat(resp.at("/partialSuccess/rejectedSpans").asText()).isEqualTo("2");
        assertThat(resp.at("/partialSuccess/errorMessage").asText()).contains("end time before start time");
        Trace t = server.server.traceStore().reader().trace(TraceId.parse(TRACE)).orElseThrow();
        assertThat(t.spans()).hasSize(2);
        Span root = t.root();
        assertThat(root.service()).isEqualTo("rag");
        assertThat(root.outcome().fault()).isTrue();
        assertThat(root.attributes()).containsEntry("gen_ai.system", AttributeValue.of("aws.bedrock"))
                .containsEntry("score", AttributeValue.of(0.5))
                .containsEntry("http.response.status_code", AttributeValue.of(503L));
        assertThat(root.durationNanos()).isEqualTo(500_000_000L);
        assertThat(root.cause().exceptions().getFirst().type()).isEqualTo("ModelTimeout");
    }

    @Test void gzipProtobufIsAcceptedAndEmptyRequestIsOk() throws Exception {
        ExportTraceServiceRequest req = ExportTraceServiceRequest.newBuilder().build();
        HttpResponse<byte[]> r = post("application/x-protobuf", gzip(req.toByteArray()), Map.of("Content-Encoding", "gzip"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ExportTraceServiceResponse.parseFrom(r.body()).hasPartialSuccess()).isFalse();
    }

    @Test void truncatedProtobufIs400AndNothingIsStored() throws Exception {
        byte[] full = OtlpJson.parse(json(span("00f067aa0ba902b7", "", "1700000000000000000", "1700000000500000000"))
                .getBytes(StandardCharsets.UTF_8)).toByteArray();
        HttpResponse<byte[]> r = post("application/x-protobuf", Arrays.copyOf(full, full.length - 7), Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(RpcStatusDecoding.message(r.body())).contains("cannot decode");
        assertThat(server.server.traceStore().reader().spanCount()).isZero();
    }

    @Test void wrongContentTypeIs415AndBadJsonOrGzipIs400() throws Exception {
        assertThat(post("text/plain", "hello".getBytes(), Map.of()).statusCode()).isEqualTo(415);
        assertThat(post("application/json", "{\"resourceSpans\": [".getBytes(), Map.of()).statusCode()).isEqualTo(400);
        assertThat(post("application/json", "[]".getBytes(), Map.of()).statusCode()).isEqualTo(400);
        assertThat(post("application/x-protobuf", "not gzip".getBytes(), Map.of("Content-Encoding", "gzip"))
                .statusCode()).isEqualTo(400);
        assertThat(post("application/x-protobuf", new byte[0], Map.of("Content-Encoding", "br")).statusCode())
                .isEqualTo(400);
    }

    @Test void bodiesOverTheCapAfterDecompressionAre413() throws Exception {
        byte[] big = json(span("00f067aa0ba902b7", "", "1", "2").replace("op-", "x".repeat(70_000)))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(post("application/json", big, Map.of()).statusCode()).isEqualTo(413);
        byte[] zipped = gzip(big);
        assertThat(zipped.length).isLessThan(64 * 1024);
        assertThat(post("application/json", zipped, Map.of("Content-Encoding", "gzip")).statusCode()).isEqualTo(413);
    }

    static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
