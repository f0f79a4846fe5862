package io.fmscope.query.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes values as JSON text (maps and lists render this way; {@code jsonStringify}). */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    public static String write(Value v) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Value v) throws IOException {
        switch (v) {
            case NullValue n -> g.writeNull();
            case BoolValue b -> g.writeBoolean(b.value());
            case LongValue l -> g.writeNumber(l.value());
            case DoubleValue d -> g.writeNumber(d.value());
            case StringValue s -> g.writeString(s.value());
            case TimestampValue t -> g.writeString(t.asText());
            case ListValue l -> {
                g.writeStartArray();
                for (Value item : l.items()) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case MapValue m -> {
                g.writeStartObject();
                for (Map.Entry<String, Value> e : m.entries().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
        }
    }
}
