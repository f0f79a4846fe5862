package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.Http;
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
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a stored span back to an equal {@link Span}: the typed columns of {@link #COLUMNS} plus the
 * {@code body} ({@link SpanJsonWriter#body}), where an absent field means the builder's default. Bodies
 * written before the compact layout hold every field and read the same way.
 */
final class SpanJson {
    // records' isEmpty() helpers are written as "empty" and ignored on the way back
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What {@link #read} needs selected, in this order. */
    static final String COLUMNS = "trace_id, span_id, parent_id, name, service, start_ns, end_ns, in_progress,"
            + " error, throttle, fault, body";

    private SpanJson() {
    }

    /** The span at the result's current row, selected with {@link #COLUMNS} from column {@code first} on. */
    static Span read(ResultSet rs, int first) throws SQLException {
        int i = first;
        SpanBuilder b = Span.builder(TraceId.parse(rs.getString(i)), SpanId.parse(rs.getString(i + 1)),
                rs.getString(i + 3));
        String parent = rs.getString(i + 2);
        b.parentId(parent == null ? null : SpanId.parse(parent)).service(rs.getString(i + 4))
                .startNanos(rs.getLong(i + 5)).endNanos(rs.getLong(i + 6)).inProgress(rs.getBoolean(i + 7))
                .outcome(new Outcome(rs.getBoolean(i + 8), rs.getBoolean(i + 9), rs.getBoolean(i + 10)));
        body(b, rs.getString(i + 11));
        return b.build();
    }

    private static void body(SpanBuilder b, String json) {
        try {
            body(b, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StorageException(StorageException.Kind.PERMANENT, "unreadable stored span: " + e.getMessage(), e);
        }
    }

    /** Sets what the body holds (absent fields: the builder's defaults). */
    static void body(SpanBuilder b, JsonNode o) {
        try {
            b.origin(o.hasNonNull("origin") ? o.get("origin").asText() : null)
                    .kind(SpanKind.valueOf(o.path("kind").asText(SpanKind.UNSPECIFIED.name())))
                    .segment(o.path("segment").asBoolean(false))
                    .namespace(Namespace.valueOf(o.path("namespace").asText(Namespace.NONE.name())))
                    .status(new SpanStatus(SpanStatus.Code.valueOf(o.path("status").asText("UNSET")),
                            o.path("statusMessage").asText("")))
                    .http(o.has("http") ? MAPPER.treeToValue(o.get("http"), Http.class) : Http.NONE)
                    .aws(o.has("aws") ? Blocks.readAws(o.get("aws")) : AwsCall.NONE)
                    .cause(o.has("cause") ? MAPPER.treeToValue(o.get("cause"), Cause.class) : Cause.NONE)
                    .attributes(AttributeJson.readMap(o.get("attributes")))
                    .resource(AttributeJson.readMap(o.get("resource")))
                    .source(SpanSource.valueOf(o.path("source").asText(SpanSource.OTLP.name())));
            AttributeJson.readMap(o.get("annotations")).forEach(b::annotation);
            if (o.has("metadata")) {
                o.get("metadata").properties().forEach(e -> b.metadata(e.getKey(), AttributeJson.readMap(e.getValue())));
            }
            for (JsonNode e : o.path("events")) {
                b.event(new SpanEvent(e.get("time").asLong(), e.get("name").asText(),
                        AttributeJson.readMap(e.get("attributes"))));
            }
            for (JsonNode l : o.path("links")) {
                b.link(new SpanLink(TraceId.parse(l.get("trace").asText()), SpanId.parse(l.get("id").asText()),
                        AttributeJson.readMap(l.get("attributes"))));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException(StorageException.Kind.PERMANENT, "unreadable stored span: " + e.getMessage(), e);
        }
    }
}
