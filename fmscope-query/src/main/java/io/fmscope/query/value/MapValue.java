package io.fmscope.query.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map with string keys in insertion order (from {@code jsonParse}). Values are never Java null. */
public final class MapValue implements Value {
    private final Map<String, Value> entries;

    private MapValue(Map<String, Value> entries) {
        this.entries = entries;
    }

    static MapValue copyOf(Map<String, ? extends Value> entries) {
        return new MapValue(Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }

    /** The value under {@code key}, or {@link Value#NULL}. */
    public Value get(String key) {
        Value v = entries.get(key);
        return v == null ? Value.NULL : v;
    }

    public Map<String, Value> entries() {
        return entries;
    }

    @Override
    public ValueType type() {
        return ValueType.MAP;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    /** Structures count as null in conditions (reference section 3.7). */
    @Override
    public boolean truthy() {
        return false;
    }

    @Override
    public String asText() {
        return JsonText.write(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapValue m && m.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return asText();
    }
}
