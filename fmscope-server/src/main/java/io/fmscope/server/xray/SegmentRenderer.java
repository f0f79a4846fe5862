package io.fmscope.server.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.Trace;
import io.fmscope.server.api.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored trace as X-Ray segment documents (BatchGetTraces): one document per segment with the
 * subsegments below it embedded; a subsegment whose chain reaches no stored segment is its own
 * independent-subsegment document. OTLP spans render the way the X-Ray exporter would send them
 * (attributes under {@code metadata.default}).
 */
public final class SegmentRenderer {
    private static final Set<String> EXTRAS = Set.of("enduser.id", "service.version", "xray.sql",
            "xray.precursor_ids", "xray.resource_arn");

    private SegmentRenderer() {
    }

    /** A document and the id of its top node. */
    public record Document(String id, String json) {
    }

    public static List<Document> render(Trace trace) {
        Map<SpanId, List<Span>> children = new HashMap<>();
        Map<SpanId, Span> byId = new HashMap<>();
        for (Span s : trace.spans()) {
            byId.put(s.spanId(), s);
            if (s.parentId() != null) {
                children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Document> out = new ArrayList<>();
        for (Span s : trace.spans()) {
            boolean top = s.segment() || s.parentId() == null || !byId.containsKey(s.parentId());
            if (top) {
                ObjectNode doc = node(s, children, true);
                out.add(new Document(s.spanId().toHex(), doc.toString()));
            }
        }
        return out;
    }

    private static ObjectNode node(Span s, Map<SpanId, List<Span>> children, boolean top) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", s.spanId().toHex()).put("name", s.name().isEmpty() ? "span" : s.name());
        if (top) {
            o.put("trace_id", s.traceId().toXRay());
            if (!s.segment()) {
                o.put("type", "subsegment");
            }
        }
        if (s.parentId() != null && top) {
            o.put("parent_id", s.parentId().toHex());
        }
        o.put("start_time", XRayTime.seconds(s.startNanos()));
        if (s.inProgress()) {
            o.put("in_progress", true);
        } else {
            o.put("end_time", XRayTime.seconds(s.endNanos()));
        }
        if (s.namespace().wire() != null) {
            o.put("namespace", s.namespace().wire());
        }
        if (s.origin() != null && s.segment()) {
            o.put("origin", s.origin());
        }
        RenderBlocks.fill(o, s);
        if (s.source() != SpanSource.XRAY) {
            Map<String, io.fmscope.model.trace.AttributeValue> rest = new java.util.LinkedHashMap<>(s.attributes());
            EXTRAS.forEach(rest::remove);
            if (!rest.isEmpty()) {
                ObjectNode meta = o.has("metadata") ? (ObjectNode) o.get("metadata") : o.putObject("metadata");
                meta.set("default", JsonValues.toJson(rest));
            }
        }
        List<Span> kids = children.getOrDefault(s.spanId(), List.of()).stream().filter(c -> !c.segment()).toList();
        if (!kids.isEmpty()) {
            var arr = o.putArray("subsegments");
            kids.forEach(k -> arr.add(node(k, children, false)));
        }
        return o;
    }
}
