package io.fmscope.cli.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.patterns.LogFormat;
import java.util.Optional;

/**
 * Turns one input line into the message to mine: with a Loghub log format, its {@code <Content>}; a JSON
 * object with a string {@code message} (a CloudWatch event envelope), that message; else the line itself.
 */
final class MessageReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LogFormat format;

    MessageReader(LogFormat format) {
        this.format = format;
    }

    /** The message, or empty when a log format is set and the line does not match it. */
    Optional<String> message(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (format != null) return format.content(l);
        String t = l.stripLeading();
        if (t.startsWith("{")) {
            try {
                JsonNode n = JSON.readTree(t);
                if (n != null && n.path("message").isTextual()) return Optional.of(n.get("message").asText());
            } catch (Exception notJson) {
                // not an envelope: mine the raw line
            }
        }
        return Optional.of(l);
    }
}
