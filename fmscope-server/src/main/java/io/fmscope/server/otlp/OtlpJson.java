package io.fmscope.server.otlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.fmscope.server.api.Json;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * OTLP/JSON via protobuf's own JsonFormat. OTLP JSON differs from the proto3 mapping only in ids (hex, not
 * base64), so those fields are rewritten first; integer enums and int64-as-string are proto3 JSON already.
 * An id that is not hex becomes empty bytes, so the mapper rejects that one span rather than the request.
 */
final class OtlpJson {
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private OtlpJson() {
    }

    static ExportTraceServiceRequest parse(byte[] body) throws InvalidProtocolBufferException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new InvalidProtocolBufferException("malformed JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProtocolBufferException("the body must be a JSON object");
        }
        for (JsonNode rs : array(root, "resourceSpans", "resource_spans")) {
            for (JsonNode ss : array(rs, "scopeSpans", "scope_spans")) {
                for (JsonNode span : array(ss, "spans", "spans")) {
                    hexToBase64(span, "traceId", "trace_id", "spanId", "span_id", "parentSpanId", "parent_span_id");
                    for (JsonNode link : array(span, "links", "links")) {
                        hexToBase64(link, "traceId", "trace_id", "spanId", "span_id");
                    }
                }
            }
        }
        ExportTraceServiceRequest.Builder b = ExportTraceServiceRequest.newBuilder();
        PARSER.merge(root.toString(), b);
        return b.build();
    }

    static String print(ExportTraceServiceResponse response) throws InvalidProtocolBufferException {
        return PRINTER.print(response);
    }

    private static Iterable<JsonNode> array(JsonNode parent, String camel, String snake) {
        JsonNode n = parent.has(camel) ? parent.get(camel) : parent.get(snake);
        return n != null && n.isArray() ? n : java.util.List.of();
    }

    private static void hexToBase64(JsonNode node, String... fields) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        for (String f : fields) {
            JsonNode v = o.get(f);
            if (v != null && v.isTextual()) {
                o.put(f, base64(v.asText()));
            }
        }
    }

    private static String base64(String hex) {
        try {
            return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
