package io.fmscope.cli.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.BoolValue;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A JSON array with one object per row, keys in column order. Numbers and booleans stay typed, maps and lists
 * nest, timestamps print as CloudWatch shows them ({@code 2024-05-01 12:00:00.000}), absent fields are left out.
 */
final class JsonWriter implements ResultFormat.Writer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void write(QueryResult r, PrintWriter out) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (List<Value> row : r.rows()) {
                g.writeStartObject();
                for (int c = 0; c < r.columns().size(); c++) {
                    Value v = row.get(c);
                    if (v.isNull()) continue;
                    g.writeFieldName(r.columns().get(c));
                    value(v, g);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void value(Value v, JsonGenerator g) throws IOException {
        switch (v) {
            case LongValue l -> g.writeNumber(l.value());
            case DoubleValue d -> g.writeNumber(d.value());
            case BoolValue b -> g.writeBoolean(b.value());
            case MapValue m -> g.writeTree(MAPPER.readTree(m.asText()));
            case ListValue l -> g.writeTree(MAPPER.readTree(l.asText()));
            default -> g.writeString(v.asText());
        }
    }
}
