package io.fmscope.server.xray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values to typed attributes and back (integral numbers stay integers). */
public final class JsonValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonValues() {
    }

    public static AttributeValue toAttribute(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new AttributeValue.EmptyValue();
        }
        if (n.isTextual()) {
            return new AttributeValue.StringValue(n.asText());
        }
        if (n.isBoolean()) {
            return new AttributeValue.BoolValue(n.asBoolean());
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return new AttributeValue.LongValue(n.asLong());
        }
        if (n.isNumber()) {
            return new AttributeValue.DoubleValue(n.asDouble());
        }
        if (n.isArray()) {
            List<AttributeValue> out = new ArrayList<>();
            n.forEach(x -> out.add(toAttribute(x)));
            return new AttributeValue.ArrayValue(out);
        }
        if (n.isObject()) {
            return new AttributeValue.MapValue(toMap(n));
        }
        return new AttributeValue.StringValue(n.asText());
    }

    public static Map<String, AttributeValue> toMap(JsonNode n) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.properties().forEach(e -> out.put(e.getKey(), toAttribute(e.getValue())));
        }
        return out;
    }

    public static JsonNode toJson(AttributeValue v) {
        return switch (v) {
            case AttributeValue.StringValue s -> F.textNode(s.value());
            case AttributeValue.LongValue l -> F.numberNode(l.value());
            case AttributeValue.DoubleValue d -> Double.isFinite(d.value()) ? F.numberNode(d.value())
                    : F.textNode(Double.toString(d.value()));
            case AttributeValue.BoolValue b -> F.booleanNode(b.value());
            case AttributeValue.BytesValue b -> F.textNode(b.base64());
            case AttributeValue.ArrayValue a -> {
                var arr = F.arrayNode();
                a.values().forEach(x -> arr.add(toJson(x)));
                yield arr;
            }
            case AttributeValue.MapValue m -> toJson(m.values());
            case AttributeValue.EmptyValue e -> F.nullNode();
        };
    }

    public static ObjectNode toJson(Map<String, AttributeValue> m) {
        ObjectNode o = F.objectNode();
        m.forEach((k, x) -> o.set(k, toJson(x)));
        return o;
    }
}
