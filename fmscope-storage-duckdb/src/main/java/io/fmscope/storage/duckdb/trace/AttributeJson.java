package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed attribute values as JSON that round-trips exactly: one tag per kind ({@code s i d b y a m n}).
 * Doubles are written as text so NaN and infinities survive.
 */
final class AttributeJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AttributeJson() {
    }

    static JsonNode value(AttributeValue v) {
        ObjectNode o = F.objectNode();
        switch (v) {
            case AttributeValue.StringValue s -> o.put("s", s.value());
            case AttributeValue.LongValue l -> o.put("i", l.value());
            case AttributeValue.DoubleValue d -> o.put("d", Double.toString(d.value()));
            case AttributeValue.BoolValue b -> o.put("b", b.value());
            case AttributeValue.BytesValue b -> o.put("y", b.base64());
            case AttributeValue.ArrayValue a -> {
                var arr = o.putArray("a");
                a.values().forEach(x -> arr.add(value(x)));
            }
            case AttributeValue.MapValue m -> o.set("m", map(m.values()));
            case AttributeValue.EmptyValue e -> o.putNull("n");
        }
        return o;
    }

    static ObjectNode map(Map<String, AttributeValue> m) {
        ObjectNode o = F.objectNode();
        m.forEach((k, v) -> o.set(k, value(v)));
        return o;
    }

    static AttributeValue readValue(JsonNode n) {
        var e = n.properties().iterator().next();
        JsonNode x = e.getValue();
        return switch (e.getKey()) {
            case "s" -> new AttributeValue.StringValue(x.asText());
            case "i" -> new AttributeValue.LongValue(x.asLong());
            case "d" -> new AttributeValue.DoubleValue(Double.parseDouble(x.asText()));
            case "b" -> new AttributeValue.BoolValue(x.asBoolean());
            case "y" -> new AttributeValue.BytesValue(x.asText());
            case "a" -> {
                List<AttributeValue> out = new ArrayList<>();
                x.forEach(i -> out.add(readValue(i)));
                yield new AttributeValue.ArrayValue(out);
            }
            case "m" -> new AttributeValue.MapValue(readMap(x));
            default -> new AttributeValue.EmptyValue();
        };
    }

    static Map<String, AttributeValue> readMap(JsonNode n) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        if (n != null) {
            n.properties().forEach(e -> out.put(e.getKey(), readValue(e.getValue())));
        }
        return out;
    }

    /** Attributes as plain JSON (no tags) for SQL: {@code json_extract(attributes, '$."gen_ai.request.model"')}. */
    static String plain(Map<String, AttributeValue> m) {
        ObjectNode o = F.objectNode();
        m.forEach((k, v) -> o.set(k, plainValue(v)));
        return o.toString();
    }

    private static JsonNode plainValue(AttributeValue v) {
        return switch (v) {
            case AttributeValue.StringValue s -> F.textNode(s.value());
            case AttributeValue.LongValue l -> F.numberNode(l.value());
            case AttributeValue.DoubleValue d -> Double.isFinite(d.value()) ? F.numberNode(d.value())
                    : F.textNode(Double.toString(d.value()));
            case AttributeValue.BoolValue b -> F.booleanNode(b.value());
            case AttributeValue.BytesValue b -> F.textNode(b.base64());
            case AttributeValue.ArrayValue a -> {
                var arr = F.arrayNode();
                a.values().forEach(x -> arr.add(plainValue(x)));
                yield arr;
            }
            case AttributeValue.MapValue m -> {
                ObjectNode o = F.objectNode();
                m.values().forEach((k, x) -> o.set(k, plainValue(x)));
                yield o;
            }
            case AttributeValue.EmptyValue e -> F.nullNode();
        };
    }
}
