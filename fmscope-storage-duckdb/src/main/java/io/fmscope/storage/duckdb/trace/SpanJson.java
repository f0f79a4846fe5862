package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Reads the {@code body} column ({@link SpanJsonWriter#body}) back to an equal {@link Span}. */
final class SpanJson {
    // records' isEmpty() helpers are written as "empty" and ignored on the way back
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SpanJson() {
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
