package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.value.Value;

import java.io.IOException;

/**
 * How a JSON scalar becomes a value: strings stay strings; integers that fit 64 bits become exact longs, larger ones
 * keep their digits as a (numeric) string; decimals become doubles; true/false booleans; null is NULL (an absent
 * field).
 */
final class JsonScalars {
    private JsonScalars() {
    }

    static Value read(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> Value.of(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? Value.of(p.getText()) : Value.of(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> Value.of(p.getDoubleValue());
            case VALUE_TRUE -> Value.TRUE;
            case VALUE_FALSE -> Value.FALSE;
            default -> Value.NULL;
        };
    }
}
