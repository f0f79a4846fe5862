package io.fmscope.query.json;

import io.fmscope.query.value.Value;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Eager discovery: every field of a JSON message, flattened as CloudWatch does (rules in {@link FieldWalker}). For
 * scans that need a few fields, {@link FieldExtractor} is much cheaper. Thread-safe.
 */
public final class JsonFlattener {
    private static final JsonFlattener STANDARD = new JsonFlattener(DiscoveryOptions.DEFAULT);

    private final DiscoveryOptions options;

    public JsonFlattener(DiscoveryOptions options) {
        this.options = options;
    }

    public static JsonFlattener standard() {
        return STANDARD;
    }

    /** All fields of {@code message}; {@link DiscoveredFields#NONE} for a message that is not a JSON object. */
    public DiscoveredFields flatten(String message) {
        Map<String, Value> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean truncated = new FieldWalker(options) {
            @Override
            boolean descend(String path) {
                return true;
            }

            @Override
            boolean wants(String path) {
                return seen.add(path);
            }

            @Override
            boolean record(String path, Value value) {
                if (!value.isNull()) {
                    out.put(path, value);
                }
                return false;
            }
        }.walk(message);
        return out.isEmpty() && !truncated ? DiscoveredFields.NONE : new DiscoveredFields(out, truncated);
    }
}
