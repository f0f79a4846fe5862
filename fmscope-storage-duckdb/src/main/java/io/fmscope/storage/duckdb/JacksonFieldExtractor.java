package io.fmscope.storage.duckdb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streaming flattener of a JSON-object message with Jackson's parser: one pass, no tree. Keeps the first
 * {@value #MAX_FIELDS} scalar fields in document order, as Logs Insights documents.
 */
public final class JacksonFieldExtractor implements FieldExtractor {
    public static final int MAX_FIELDS = 200;
    private static final JsonFactory JSON = new JsonFactory();

    @Override public Map<String, Object> fields(String message) {
        int i = 0;
        while (i < message.length() && Character.isWhitespace(message.charAt(i))) {
            i++;
        }
        if (i == message.length() || message.charAt(i) != '{') {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(message)) {
            p.nextToken();
            object(p, "", out);
            if (p.nextToken() != null) {
                return Map.of();
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    private static void object(JsonParser p, String prefix, Map<String, Object> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (prefix.isEmpty() && key.startsWith("@")) {
                key = "@" + key;
            }
            value(p, p.nextToken(), prefix + key, out);
        }
    }

    private static void value(JsonParser p, JsonToken t, String name, Map<String, Object> out) throws IOException {
        switch (t) {
            case START_OBJECT -> object(p, name + ".", out);
            case START_ARRAY -> {
                int n = 0;
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    value(p, e, name + "." + n++, out);
                }
            }
            case VALUE_STRING -> put(out, name, p.getText());
            case VALUE_NUMBER_INT -> put(out, name, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) p.getDoubleValue() : (Object) p.getLongValue());
            case VALUE_NUMBER_FLOAT -> put(out, name, p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> put(out, name, p.getBooleanValue());
            default -> { } // null: no field
        }
    }

    private static void put(Map<String, Object> out, String name, Object v) {
        if (out.size() < MAX_FIELDS || out.containsKey(name)) {
            out.put(name, v);
        }
    }
}
