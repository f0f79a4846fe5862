package io.fmscope.storage.duckdb.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed attribute values written by {@link SpanJsonWriter}: one tag per kind ({@code s i d b y a m
 * n}); doubles are text so NaN and infinities survive.
 */
final class AttributeJson {
    private AttributeJson() {
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
}
