package io.fmscope.server.xray;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.Http;
import io.fmscope.model.trace.SpanBuilder;
import io.fmscope.model.trace.SpanException;
import io.fmscope.model.trace.StackFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The nested blocks of a segment document: http, aws, cause, and the fields kept as attributes. */
final class SegmentBlocks {
    private static final Set<String> AWS_KNOWN = Set.of("operation", "account_id", "region", "request_id",
            "table_name", "queue_url", "retries");

    private SegmentBlocks() {
    }

    static Http http(JsonNode h) {
        if (h == null || !h.isObject()) {
            return Http.NONE;
        }
        JsonNode req = h.path("request");
        JsonNode res = h.path("response");
        return new Http(SegmentParser.text(req, "method"), SegmentParser.text(req, "url"),
                SegmentParser.text(req, "user_agent"), SegmentParser.text(req, "client_ip"),
                res.path("status").isNumber() ? res.get("status").asInt() : null,
                res.path("content_length").isNumber() ? res.get("content_length").asLong() : null,
                req.path("x_forwarded_for").asBoolean(false), req.path("traced").asBoolean(false));
    }

    static AwsCall aws(JsonNode a) {
        if (a == null || !a.isObject()) {
            return AwsCall.NONE;
        }
        Map<String, AttributeValue> other = new LinkedHashMap<>();
        a.properties().forEach(e -> {
            if (!AWS_KNOWN.contains(e.getKey())) {
                other.put(e.getKey(), JsonValues.toAttribute(e.getValue()));
            }
        });
        return new AwsCall(SegmentParser.text(a, "operation"), SegmentParser.text(a, "account_id"),
                SegmentParser.text(a, "region"), SegmentParser.text(a, "request_id"),
                SegmentParser.text(a, "table_name"), SegmentParser.text(a, "queue_url"),
                a.path("retries").isNumber() ? a.get("retries").asInt() : null, other);
    }

    static Cause cause(JsonNode c) {
        if (c == null || c.isNull()) {
            return Cause.NONE;
        }
        if (c.isTextual()) {
            return new Cause(null, List.of(), List.of(), c.asText());
        }
        if (!c.isObject()) {
            return Cause.NONE;
        }
        List<String> paths = new ArrayList<>();
        c.path("paths").forEach(p -> paths.add(p.asText()));
        List<SpanException> exceptions = new ArrayList<>();
        for (JsonNode e : c.path("exceptions")) {
            List<StackFrame> stack = new ArrayList<>();
            e.path("stack").forEach(f -> stack.add(new StackFrame(SegmentParser.text(f, "path"),
                    f.path("line").asInt(0), SegmentParser.text(f, "label"))));
            exceptions.add(new SpanException(SegmentParser.text(e, "id"), SegmentParser.text(e, "type"),
                    SegmentParser.text(e, "message"), e.path("remote").asBoolean(false), e.path("truncated").asInt(0),
                    e.path("skipped").asInt(0), SegmentParser.text(e, "cause"), stack));
        }
        return new Cause(SegmentParser.text(c, "working_directory"), paths, exceptions, null);
    }

    /** Fields without a model slot, kept as attributes under names {@link SegmentRenderer} reads back. */
    static void extras(JsonNode n, SpanBuilder b) {
        String user = SegmentParser.text(n, "user");
        if (user != null) {
            b.attribute("enduser.id", AttributeValue.of(user));
        }
        String version = SegmentParser.text(n.path("service"), "version");
        if (version != null) {
            b.attribute("service.version", AttributeValue.of(version));
        }
        for (String f : List.of("sql", "precursor_ids", "resource_arn")) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull()) {
                b.attribute("xray." + f, JsonValues.toAttribute(v));
            }
        }
    }
}
