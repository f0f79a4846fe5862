package io.fmscope.query.json;

import io.fmscope.query.value.Value;

import java.util.Map;

/**
 * The fields discovered in one message, in document order.
 *
 * @param fields    flattened name to value (JSON nulls are left out: a null field counts as absent)
 * @param truncated whether the message had more leaves than the discovery limit
 */
public record DiscoveredFields(Map<String, Value> fields, boolean truncated) {
    public static final DiscoveredFields NONE = new DiscoveredFields(Map.of(), false);

    public DiscoveredFields {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The field's value, or {@link Value#NULL}. */
    public Value get(String name) {
        Value v = fields.get(name);
        return v == null ? Value.NULL : v;
    }
}
