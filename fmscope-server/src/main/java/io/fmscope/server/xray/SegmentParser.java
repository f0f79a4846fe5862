package io.fmscope.server.xray;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanBuilder;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * X-Ray segment documents to spans: a segment with its embedded subsegments (flattened, each pointing to
 * its parent), an in-progress segment, an independent subsegment ({@code type: subsegment} with
 * {@code trace_id} and {@code parent_id}), or a JSON array of independent subsegments. A document with any
 * invalid node is refused whole with the first problem. Fields without a model slot ({@code user},
 * {@code service.version}, {@code sql}, {@code precursor_ids}, {@code resource_arn}) are kept as
 * {@code xray.*}/{@code enduser.id} attributes so documents render back.
 */
public final class SegmentParser {
    /** X-Ray's document limit. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    private static final int MAX_DEPTH = 64;

    private SegmentParser() {
    }

    public static List<Span> parse(String document) throws SegmentException {
        if (document.length() > MAX_DOCUMENT_BYTES) {
            throw new SegmentException("DocumentTooLarge", "segment document exceeds 64 KB");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            throw new SegmentException("InvalidJson", "segment document is not JSON: " + e.getOriginalMessage());
        }
        List<Span> out = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (JsonNode n : root) {
                independent(n, out);
            }
            if (out.isEmpty()) {
                throw new SegmentException("InvalidSegment", "empty array of subsegments");
            }
            return out;
        }
        if (root == null || !root.isObject()) {
            throw new SegmentException("InvalidSegment", "segment document must be a JSON object");
        }
        if ("subsegment".equals(root.path("type").asText())) {
            independent(root, out);
        } else {
            TraceId trace = traceId(root);
            SpanId parent = optionalId(root, "parent_id");
            node(root, trace, parent, text(root, "name"), true, out, 0);
        }
        return out;
    }

    private static void independent(JsonNode n, List<Span> out) throws SegmentException {
        if (!n.isObject() || !"subsegment".equals(n.path("type").asText())) {
            throw new SegmentException("InvalidSegment", "array elements must be subsegments (type: subsegment)");
        }
        TraceId trace = traceId(n);
        SpanId parent = optionalId(n, "parent_id");
        if (parent == null) {
            throw new SegmentException("MissingParentId", "independent subsegment needs parent_id");
        }
        node(n, trace, parent, "", false, out, 0);
    }

    private static void node(JsonNode n, TraceId trace, SpanId parent, String service, boolean segment,
                             List<Span> out, int depth) throws SegmentException {
        if (depth > MAX_DEPTH) {
            throw new SegmentException("InvalidSegment", "subsegments nested deeper than " + MAX_DEPTH);
        }
        if (!n.isObject()) {
            throw new SegmentException("InvalidSegment", "subsegment must be a JSON object");
        }
        SpanId id = optionalId(n, "id");
        if (id == null) {
            throw new SegmentException("MissingId", "id (16 hex digits) is required");
        }
        String name = text(n, "name");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new SegmentException("InvalidName", "segment " + id + ": name is required (1-200 characters)");
        }
        if (!n.path("start_time").isNumber()) {
            throw new SegmentException("MissingStartTime", "segment " + id + ": start_time (number) is required");
        }
        long start = XRayTime.nanos(n.get("start_time").asDouble());
        boolean inProgress = n.path("in_progress").asBoolean(false);
        long end = 0;
        if (!inProgress) {
            if (!n.path("end_time").isNumber()) {
                throw new SegmentException("MissingEndTime", "segment " + id + ": end_time or in_progress is required");
            }
            end = XRayTime.nanos(n.get("end_time").asDouble());
            if (end < start) {
                throw new SegmentException("InvalidTimes", "segment " + id + ": end_time is before start_time");
            }
        }
        String svc = segment ? name : service;
        Outcome outcome = new Outcome(n.path("error").asBoolean(false), n.path("throttle").asBoolean(false),
                n.path("fault").asBoolean(false));
        Namespace ns = Namespace.of(text(n, "namespace"));
        SpanBuilder b = Span.builder(trace, id, name).parentId(parent).service(svc).origin(text(n, "origin"))
                .segment(segment).kind(segment ? SpanKind.SERVER : ns == Namespace.NONE ? SpanKind.INTERNAL
                        : SpanKind.CLIENT)
                .namespace(ns).startNanos(start).endNanos(end).inProgress(inProgress).outcome(outcome)
                .status(outcome.isOk() ? SpanStatus.UNSET : SpanStatus.error(""))
                .http(SegmentBlocks.http(n.get("http"))).aws(SegmentBlocks.aws(n.get("aws")))
                .cause(SegmentBlocks.cause(n.get("cause"))).source(SpanSource.XRAY);
        JsonNode annotations = n.get("annotations");
        if (annotations != null && annotations.isObject()) {
            annotations.properties().forEach(e -> {
                AttributeValue v = JsonValues.toAttribute(e.getValue());
                if (v.isScalar()) {
                    b.annotation(e.getKey(), v);
                }
            });
        }
        JsonNode metadata = n.get("metadata");
        if (metadata != null && metadata.isObject()) {
            metadata.properties().forEach(e -> b.metadata(e.getKey(), JsonValues.toMap(e.getValue())));
        }
        SegmentBlocks.extras(n, b);
        out.add(b.build());
        JsonNode subs = n.get("subsegments");
        if (subs != null && subs.isArray()) {
            for (JsonNode sub : subs) {
                node(sub, trace, id, svc, false, out, depth + 1);
            }
        }
    }

    private static TraceId traceId(JsonNode n) throws SegmentException {
        String t = text(n, "trace_id");
        if (t == null) {
            throw new SegmentException("MissingTraceId", "trace_id is required");
        }
        return TraceId.tryParse(t).orElseThrow(() -> new SegmentException("InvalidTraceId",
                "trace_id '" + t + "' is neither 1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx nor 32 hex digits"));
    }

    private static SpanId optionalId(JsonNode n, String field) throws SegmentException {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        return SpanId.tryParse(v).orElseThrow(() -> new SegmentException(
                field.equals("id") ? "InvalidId" : "InvalidParentId", field + " '" + v + "' is not 16 hex digits"));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
