package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.Http;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanEvent;
import io.fmscope.model.trace.SpanException;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanLink;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.StackFrame;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the {@code body} text with Jackson's streaming generator: on the write
 * path, building trees first cost more than the database insert. {@link SpanJson#read} reads the result.
 */
final class SpanJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SpanJsonWriter() {
    }

    /**
     * The span's fields that have no column of their own ({@link TraceSql}), each written only when it differs
     * from the builder's default: most spans carry little beyond their attributes, and every byte appended
     * costs ingest time.
     */
    static String body(Span s) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body(g, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Bodies of many spans through one generator: creating a generator per span cost more than writing. */
    static final class Bodies implements AutoCloseable {
        private final StringBuilder text = new StringBuilder(1024);
        private final JsonGenerator g;

        Bodies() {
            try {
                g = FACTORY.createGenerator(new java.io.Writer() {
                    @Override public void write(char[] c, int off, int len) {
                        text.append(c, off, len);
                    }

                    @Override public void write(String str, int off, int len) {
                        text.append(str, off, off + len);
                    }

                    @Override public void flush() {
                    }

                    @Override public void close() {
                    }
                });
                g.setRootValueSeparator(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String next(Span s) {
            try {
                body(g, s);
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String out = text.toString();
            text.setLength(0);
            return out;
        }

        @Override public void close() {
            try {
                g.close();
            } catch (IOException ignored) {
                // writes to memory
            }
        }
    }

    /** Writes {@link #body} as one object to {@code g}. */
    static void body(JsonGenerator g, Span s) throws IOException {
        {
            g.writeStartObject();
            if (s.origin() != null) {
                g.writeStringField("origin", s.origin());
            }
            if (s.kind() != SpanKind.UNSPECIFIED) {
                g.writeStringField("kind", s.kind().name());
            }
            if (s.segment()) {
                g.writeBooleanField("segment", true);
            }
            if (s.namespace() != Namespace.NONE) {
                g.writeStringField("namespace", s.namespace().name());
            }
            if (s.status().code() != SpanStatus.Code.UNSET) {
                g.writeStringField("status", s.status().code().name());
            }
            if (!s.status().message().isEmpty()) {
                g.writeStringField("statusMessage", s.status().message());
            }
            if (!s.http().equals(Http.NONE)) {
                http(g, s.http());
            }
            if (!s.aws().equals(AwsCall.NONE)) {
                aws(g, s.aws());
            }
            if (!s.cause().equals(Cause.NONE)) {
                cause(g, s.cause());
            }
            optionalMap(g, "attributes", s.attributes());
            optionalMap(g, "resource", s.resource());
            optionalMap(g, "annotations", s.annotations());
            if (!s.metadata().isEmpty()) {
                g.writeObjectFieldStart("metadata");
                for (var e : s.metadata().entrySet()) {
                    map(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (!s.events().isEmpty()) {
                g.writeArrayFieldStart("events");
                for (SpanEvent e : s.events()) {
                    g.writeStartObject();
                    g.writeNumberField("time", e.timeNanos());
                    g.writeStringField("name", e.name());
                    map(g, "attributes", e.attributes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!s.links().isEmpty()) {
                g.writeArrayFieldStart("links");
                for (SpanLink l : s.links()) {
                    g.writeStartObject();
                    g.writeStringField("trace", l.traceId().toW3c());
                    g.writeStringField("id", l.spanId().toHex());
                    map(g, "attributes", l.attributes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (s.source() != SpanSource.OTLP) {
                g.writeStringField("source", s.source().name());
            }
            g.writeEndObject();
        }
    }

    private static void optionalMap(JsonGenerator g, String field, Map<String, AttributeValue> m) throws IOException {
        if (!m.isEmpty()) {
            map(g, field, m);
        }
    }

    /** Typed values, one tag per kind, as {@link AttributeJson#readValue} reads them. */
    private static void map(JsonGenerator g, String field, Map<String, AttributeValue> m) throws IOException {
        g.writeObjectFieldStart(field);
        for (var e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, AttributeValue v) throws IOException {
        g.writeStartObject();
        switch (v) {
            case AttributeValue.StringValue s -> g.writeStringField("s", s.value());
            case AttributeValue.LongValue l -> g.writeNumberField("i", l.value());
            case AttributeValue.DoubleValue d -> g.writeStringField("d", Double.toString(d.value()));
            case AttributeValue.BoolValue b -> g.writeBooleanField("b", b.value());
            case AttributeValue.BytesValue b -> g.writeStringField("y", b.base64());
            case AttributeValue.ArrayValue a -> {
                g.writeArrayFieldStart("a");
                for (AttributeValue x : a.values()) {
                    value(g, x);
                }
                g.writeEndArray();
            }
            case AttributeValue.MapValue m -> map(g, "m", m.values());
            case AttributeValue.EmptyValue e -> g.writeNullField("n");
        }
        g.writeEndObject();
    }

    private static void http(JsonGenerator g, Http h) throws IOException {
        g.writeObjectFieldStart("http");
        g.writeStringField("method", h.method());
        g.writeStringField("url", h.url());
        g.writeStringField("userAgent", h.userAgent());
        g.writeStringField("clientIp", h.clientIp());
        if (h.status() != null) {
            g.writeNumberField("status", h.status());
        }
        if (h.contentLength() != null) {
            g.writeNumberField("contentLength", h.contentLength());
        }
        g.writeBooleanField("xForwardedFor", h.xForwardedFor());
        g.writeBooleanField("traced", h.traced());
        g.writeEndObject();
    }

    private static void aws(JsonGenerator g, AwsCall a) throws IOException {
        g.writeObjectFieldStart("aws");
        g.writeStringField("operation", a.operation());
        g.writeStringField("accountId", a.accountId());
        g.writeStringField("region", a.region());
        g.writeStringField("requestId", a.requestId());
        g.writeStringField("tableName", a.tableName());
        g.writeStringField("queueUrl", a.queueUrl());
        if (a.retries() != null) {
            g.writeNumberField("retries", a.retries());
        }
        map(g, "other", a.other());
        g.writeEndObject();
    }

    private static void cause(JsonGenerator g, Cause c) throws IOException {
        g.writeObjectFieldStart("cause");
        g.writeStringField("workingDirectory", c.workingDirectory());
        g.writeArrayFieldStart("paths");
        for (String p : c.paths()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exceptions");
        for (SpanException e : c.exceptions()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type());
            g.writeStringField("message", e.message());
            g.writeBooleanField("remote", e.remote());
            g.writeNumberField("truncated", e.truncated());
            g.writeNumberField("skipped", e.skipped());
            g.writeStringField("causeId", e.causeId());
            g.writeArrayFieldStart("stack");
            for (StackFrame f : e.stack()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeNumberField("line", f.line());
                g.writeStringField("label", f.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("exceptionRef", c.exceptionRef());
        g.writeEndObject();
    }
}
