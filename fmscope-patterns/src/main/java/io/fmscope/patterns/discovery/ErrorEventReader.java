package io.fmscope.patterns.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads one line of input into an {@link ErrorEvent}. A JSON object is read by field name: flat
 * ({@code message}, {@code code}/{@code error_code}, {@code service}, {@code model_id}, {@code session_id},
 * {@code timestamp}, {@code logGroup}), the seed's structured FM-call log ({@code error.error_message},
 * {@code error.error_code} or {@code error.error_type}, {@code error.upstream_service},
 * {@code metadata.model_id}, {@code metadata.session_id}, {@code metadata.timestamp_epoch_ms}), or a
 * CloudWatch event whose {@code message} is itself such a JSON object. Anything else is a plain message.
 * Numeric timestamps below 10^11 are epoch seconds, others epoch milliseconds.
 */
public final class ErrorEventReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECONDS_LIMIT = 100_000_000_000L;
    private final String defaultGroup;

    /** @param defaultGroup the log group of events that do not name one */
    public ErrorEventReader(String defaultGroup) {
        this.defaultGroup = defaultGroup;
    }

    /** The event of a line; empty for a blank line or a JSON object without a message. */
    public Optional<ErrorEvent> read(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank()) return Optional.empty();
        JsonNode outer = object(l);
        if (outer == null) return Optional.of(ErrorEvent.builder(l).logGroup(defaultGroup).build());
        JsonNode inner = outer.path("message").isTextual() ? object(outer.get("message").asText()) : null;
        JsonNode[] scopes = inner == null ? new JsonNode[] {outer} : new JsonNode[] {inner, outer};
        String message = text(scopes, "error.error_message", "error.message", "error_message", "message");
        if (message == null) return Optional.empty();
        String code = text(scopes, "error.error_code", "error.code", "error_code", "errorCode", "code");
        if (code == null || code.equalsIgnoreCase("UNKNOWN")) code = text(scopes, "error.error_type", "error_type");
        String group = text(scopes, "logGroup", "log_group", "logGroupName");
        return Optional.of(ErrorEvent.builder(message)
            .logGroup(group == null ? defaultGroup : group)
            .timestamp(time(scopes))
            .code(code)
            .service(text(scopes, "error.upstream_service", "upstream_service", "service"))
            .modelId(text(scopes, "metadata.model_id", "model_id", "modelId", "model"))
            .sessionId(text(scopes, "metadata.session_id", "session_id", "sessionId", "session"))
            .build());
    }

    private static JsonNode object(String s) {
        String t = s.strip();
        if (!t.startsWith("{")) return null;
        try {
            JsonNode n = JSON.readTree(t);
            return n != null && n.isObject() ? n : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode[] scopes, String... paths) {
        for (JsonNode scope : scopes) {
            for (String p : paths) {
                JsonNode n = at(scope, p);
                if (n.isTextual() && !n.asText().isBlank()) return n.asText();
            }
        }
        return null;
    }

    private static JsonNode at(JsonNode scope, String path) {
        JsonNode n = scope;
        for (String part : path.split("\\.")) n = n.path(part);
        return n;
    }

    /** ISO-8601 with an offset, or without one (Python's {@code utcnow().isoformat()}), read as UTC. */
    private static Instant iso(String s) {
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }

    private static Instant time(JsonNode[] scopes) {
        for (JsonNode scope : scopes) {
            for (String p : new String[] {"metadata.timestamp_epoch_ms", "metadata.timestamp_iso", "timestamp_epoch_ms",
                "timestamp_iso", "@timestamp", "timestamp"}) {
                JsonNode n = at(scope, p);
                if (n.isNumber()) {
                    long v = n.asLong();
                    return v < SECONDS_LIMIT ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
                }
                if (n.isTextual()) {
                    Instant t = iso(n.asText().strip());
                    if (t != null) return t;
                }
            }
        }
        return null;
    }
}
