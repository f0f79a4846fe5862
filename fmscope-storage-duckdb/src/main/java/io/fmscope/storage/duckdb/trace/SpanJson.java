package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanBuilder;
import io.fmscope.model.trace.SpanEvent;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanLink;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.StorageException;

/** A whole span as one JSON document (the {@code body} column), read back to an equal {@link Span}. */
final class SpanJson {
    // records' isEmpty() helpers are written as "empty" and ignored on the way back
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SpanJson() {
    }

    static String write(Span s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("trace", s.traceId().toW3c()).put("id", s.spanId().toHex());
        if (s.parentId() != null) {
            o.put("parent", s.parentId().toHex());
        }
        o.put("name", s.name()).put("service", s.service()).put("origin", s.origin());
        o.put("kind", s.kind().name()).put("segment", s.segment()).put("namespace", s.namespace().name());
        o.put("start", s.startNanos()).put("end", s.endNanos()).put("inProgress", s.inProgress());
        o.put("status", s.status().code().name()).put("statusMessage", s.status().message());
        o.put("error", s.outcome().error()).put("throttle", s.outcome().throttle()).put("fault", s.outcome().fault());
        o.set("http", MAPPER.valueToTree(s.http()));
        o.set("aws", Blocks.aws(s.aws()));
        o.set("cause", MAPPER.valueToTree(s.cause()));
        o.set("attributes", AttributeJson.map(s.attributes()));
        o.set("resource", AttributeJson.map(s.resource()));
        o.set("annotations", AttributeJson.map(s.annotations()));
        ObjectNode meta = o.putObject("metadata");
        s.metadata().forEach((ns, m) -> meta.set(ns, AttributeJson.map(m)));
        ArrayNode events = o.putArray("events");
        for (SpanEvent e : s.events()) {
            events.addObject().put("time", e.timeNanos()).put("name", e.name())
                    .set("attributes", AttributeJson.map(e.attributes()));
        }
        ArrayNode links = o.putArray("links");
        for (SpanLink l : s.links()) {
            links.addObject().put("trace", l.traceId().toW3c()).put("id", l.spanId().toHex())
                    .set("attributes", AttributeJson.map(l.attributes()));
        }
        o.put("source", s.source().name());
        return o.toString();
    }

    static Span read(String json) {
        try {
            JsonNode o = MAPPER.readTree(json);
            SpanBuilder b = Span.builder(TraceId.parse(o.get("trace").asText()), SpanId.parse(o.get("id").asText()),
                    o.get("name").asText());
            if (o.hasNonNull("parent")) {
                b.parentId(SpanId.parse(o.get("parent").asText()));
            }
            b.service(o.get("service").asText()).origin(o.hasNonNull("origin") ? o.get("origin").asText() : null)
                    .kind(SpanKind.valueOf(o.get("kind").asText())).segment(o.get("segment").asBoolean())
                    .namespace(Namespace.valueOf(o.get("namespace").asText()))
                    .startNanos(o.get("start").asLong()).endNanos(o.get("end").asLong())
                    .inProgress(o.get("inProgress").asBoolean())
                    .status(new SpanStatus(SpanStatus.Code.valueOf(o.get("status").asText()),
                            o.get("statusMessage").asText()))
                    .outcome(new Outcome(o.get("error").asBoolean(), o.get("throttle").asBoolean(),
                            o.get("fault").asBoolean()))
                    .http(MAPPER.treeToValue(o.get("http"), io.fmscope.model.trace.Http.class))
                    .aws(Blocks.readAws(o.get("aws")))
                    .cause(MAPPER.treeToValue(o.get("cause"), io.fmscope.model.trace.Cause.class))
                    .attributes(AttributeJson.readMap(o.get("attributes")))
                    .resource(AttributeJson.readMap(o.get("resource")))
                    .source(SpanSource.valueOf(o.get("source").asText()));
            AttributeJson.readMap(o.get("annotations")).forEach(b::annotation);
            o.get("metadata").properties().forEach(e -> b.metadata(e.getKey(), AttributeJson.readMap(e.getValue())));
            for (JsonNode e : o.get("events")) {
                b.event(new SpanEvent(e.get("time").asLong(), e.get("name").asText(),
                        AttributeJson.readMap(e.get("attributes"))));
            }
            for (JsonNode l : o.get("links")) {
                b.link(new SpanLink(TraceId.parse(l.get("trace").asText()), SpanId.parse(l.get("id").asText()),
                        AttributeJson.readMap(l.get("attributes"))));
            }
            return b.build();
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException(StorageException.Kind.PERMANENT, "unreadable stored span: " + e.getMessage(), e);
        }
    }
}
