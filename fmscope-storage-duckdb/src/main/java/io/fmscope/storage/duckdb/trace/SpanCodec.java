package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanBuilder;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A whole span as one line of JSON (the stored columns plus the stored body), for journals that must hold
 * spans before they reach a store. {@link #decode} of {@link #encode} is an equal span.
 */
public final class SpanCodec {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SpanCodec() {
    }

    public static String encode(Span s) {
        StringWriter out = new StringWriter(384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@link #encode} of each span as UTF-8, one per line (each ends with a newline), through one generator. */
    public static byte[] encodeLines(java.util.List<Span> spans) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(spans.size() * 400);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (Span s : spans) {
                write(g, s);
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Span s) throws IOException {
        {
            g.writeStartObject();
            g.writeStringField("t", s.traceId().toW3c());
            g.writeStringField("s", s.spanId().toHex());
            if (s.parentId() != null) {
                g.writeStringField("p", s.parentId().toHex());
            }
            g.writeStringField("n", s.name());
            g.writeStringField("v", s.service());
            g.writeNumberField("a", s.startNanos());
            g.writeNumberField("z", s.endNanos());
            g.writeBooleanField("o", s.inProgress());
            g.writeNumberField("f", (s.outcome().error() ? 1 : 0) | (s.outcome().throttle() ? 2 : 0)
                    | (s.outcome().fault() ? 4 : 0));
            g.writeFieldName("b");
            SpanJsonWriter.body(g, s);
            g.writeEndObject();
        }
    }

    /** The span of {@link #encode}; IllegalArgumentException when the text is not one. */
    public static Span decode(String line) {
        try {
            JsonNode o = SpanJson.MAPPER.readTree(line);
            int flags = o.get("f").asInt();
            SpanBuilder b = Span.builder(TraceId.parse(o.get("t").asText()), SpanId.parse(o.get("s").asText()),
                    o.get("n").asText());
            b.parentId(o.hasNonNull("p") ? SpanId.parse(o.get("p").asText()) : null).service(o.get("v").asText())
                    .startNanos(o.get("a").asLong()).endNanos(o.get("z").asLong()).inProgress(o.get("o").asBoolean())
                    .outcome(new Outcome((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
            SpanJson.body(b, o.get("b"));
            return b.build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded span: " + e.getMessage(), e);
        }
    }
}
