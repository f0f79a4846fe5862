package io.fmscope.errors.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog entry before validation, possibly assembled from several files: each field remembers the file
 * it came from, so a bad override is reported against the user's file and not the built-in one.
 */
final class RawEntry {
    final String id;
    final String label;
    final Map<String, JsonNode> fields = new LinkedHashMap<>();
    final Map<String, String> origin = new LinkedHashMap<>();

    RawEntry(String id, String label) {
        this.id = id;
        this.label = label;
    }

    void put(String field, JsonNode value, String source) {
        fields.put(field, value);
        origin.put(field, source);
    }

    /** Later files override field by field; fields they do not mention keep their earlier value. */
    void overrideWith(RawEntry later) {
        later.fields.forEach((field, value) -> put(field, value, later.origin.get(field)));
    }

    String originOf(String field) {
        return origin.getOrDefault(field, origin.getOrDefault("pattern_id", "?"));
    }

    CatalogException error(String field, String problem) {
        return new CatalogException(originOf(field), label, field, problem);
    }
}
