package io.fmscope.query.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.json.JsonValues;
import io.fmscope.query.value.JsonText;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;

import java.io.IOException;

/**
 * One CloudWatch event object: {@code timestamp} (epoch ms, or another accepted time form), {@code message},
 * optional {@code ingestionTime}, {@code logStreamName}/{@code logStream}, {@code logGroupName}/{@code logGroup},
 * {@code eventId}. A message that is not a string (a JSON object written inline) is kept as its JSON text.
 * Parsed with Jackson's streaming API; unknown fields are skipped.
 */
record Envelope(long timestamp, long ingestionTime, String message, String logStream, String logGroup,
                String eventId) {
    static final JsonFactory FACTORY = new JsonFactory();

    /** Parses one envelope line; null when it is not valid JSON or lacks timestamp or message. */
    static Envelope parseLine(String line) {
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Envelope e = read(p);
            return e != null && p.nextToken() == null ? e : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads an envelope object whose START_OBJECT is the current token; null when timestamp/message missing. */
    static Envelope read(JsonParser p) throws IOException {
        long ts = TimeText.NO_TIME;
        long ingestion = TimeText.NO_TIME;
        String message = null;
        String stream = null;
        String group = null;
        String id = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "timestamp" -> ts = time(p, v);
                case "ingestionTime" -> ingestion = time(p, v);
                case "message" -> message = v == JsonToken.VALUE_STRING ? p.getText() : structure(p, v);
                case "logStreamName", "logStream" -> stream = v.isScalarValue() ? p.getText() : skip(p);
                case "logGroupName", "logGroup" -> group = v.isScalarValue() ? p.getText() : skip(p);
                case "eventId" -> id = v.isScalarValue() ? p.getText() : skip(p);
                default -> p.skipChildren();
            }
        }
        if (ts == TimeText.NO_TIME || message == null) {
            return null;
        }
        return new Envelope(ts, ingestion == TimeText.NO_TIME ? ts : ingestion, message, stream, group, id);
    }

    private static long time(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? TimeText.NO_TIME : p.getLongValue();
        }
        if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_FLOAT) {
            return EventTimes.toMillis(v == JsonToken.VALUE_STRING ? Value.of(p.getText())
                    : Value.of(p.getDoubleValue()));
        }
        p.skipChildren();
        return TimeText.NO_TIME;
    }

    private static String structure(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            return JsonText.write(JsonValues.read(p, v));
        }
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }
}
