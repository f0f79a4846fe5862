package io.fmscope.model.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Immutable, order-keeping copies of attribute maps, and typed lookups. */
public final class Attributes {
    private Attributes() {
    }

    /** An unmodifiable copy in insertion order; null keys or values are rejected. */
    public static <V> Map<String, V> copy(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(out);
    }

    /** The string value of {@code key}, or null when absent or not a string. */
    public static String string(Map<String, AttributeValue> attrs, String key) {
        return attrs.get(key) instanceof AttributeValue.StringValue s ? s.value() : null;
    }

    /** The integer value of {@code key} (integral doubles and numeric strings too), or null. */
    public static Long integer(Map<String, AttributeValue> attrs, String key) {
        AttributeValue v = attrs.get(key);
        if (v instanceof AttributeValue.LongValue l) {
            return l.value();
        }
        if (v instanceof AttributeValue.DoubleValue d && d.value() == Math.rint(d.value())) {
            return (long) d.value();
        }
        if (v instanceof AttributeValue.StringValue s) {
            try {
                return Long.parseLong(s.value().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The first of {@code keys} that holds a string (e.g. a new and a deprecated semconv name). */
    public static String firstString(Map<String, AttributeValue> attrs, String... keys) {
        for (String k : keys) {
            String s = string(attrs, k);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
