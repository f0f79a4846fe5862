package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to structured values ({@code jsonParse}): objects become maps, arrays lists, with the same scalar typing
 * as field discovery ({@link JsonScalars}). Only an object or array, alone in the text, parses; anything else is NULL.
 */
public final class JsonValues {
    /**
     * The shared, thread-safe Jackson factory of the query runtime. Field names stay canonicalized (repeated keys
     * are looked up, not decoded: measurably faster on log lines); decimals go through Jackson's fast, exactly
     * rounding double parser.
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private JsonValues() {
    }

    /** The map or list {@code text} holds, or {@link Value#NULL} when it is not exactly one JSON object/array. */
    public static Value parse(String text) {
        if (text == null || text.isEmpty()) {
            return Value.NULL;
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return Value.NULL;
            }
            Value v = read(p, t);
            return p.nextToken() == null ? v : Value.NULL;
        } catch (IOException e) {
            return Value.NULL;
        }
    }

    /** Reads the value starting at the parser's current token {@code t} (for readers streaming larger documents). */
    public static Value read(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            Map<String, Value> m = new LinkedHashMap<>();
            for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                String name = p.currentName();
                Value v = read(p, p.nextToken());
                m.putIfAbsent(name, v);
            }
            return Value.map(m);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Value> l = new ArrayList<>();
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                l.add(read(p, e));
            }
            return Value.list(l);
        }
        return JsonScalars.read(p, t);
    }

    /** The value of the scalar token {@code t} the parser is on (discovery typing). */
    public static Value scalar(JsonParser p, JsonToken t) throws IOException {
        return JsonScalars.read(p, t);
    }
}
