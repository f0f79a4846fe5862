package io.fmscope.query.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.json.JsonValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Detects a file's format from its first 64 KB: an AWS CLI response document ({@code {"events": [...]}}) is
 * CLOUDWATCH_RESPONSE; otherwise up to 20 complete non-blank lines vote: CLOUDWATCH_EVENTS when at least half are
 * valid event envelopes, JSON_MESSAGES when at least half start with '{' (valid or not: a JSON-lines file with
 * broken lines stays JSON, its broken lines are counted), else TEXT.
 */
final class FormatSniffer {
    static final int SNIFF_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 20;
    private static final Set<String> RESPONSE_KEYS =
            Set.of("events", "nextToken", "nextForwardToken", "nextBackwardToken", "searchedLogStreams");

    private FormatSniffer() {
    }

    /** The format of a file whose first bytes are {@code head[0..len)}; {@code complete} if that is all of it. */
    static InputFormat detect(byte[] head, int len, boolean complete) {
        if (isResponse(head, len)) {
            return InputFormat.CLOUDWATCH_RESPONSE;
        }
        int envelopes = 0;
        int json = 0;
        int total = 0;
        int start = 0;
        while (start < len && total < SAMPLE_LINES) {
            int end = start;
            while (end < len && head[end] != '\n') {
                end++;
            }
            if (end == len && !complete) {
                if (total == 0 && firstNonBlank(head, start, end) == '{') {
                    return InputFormat.JSON_MESSAGES; // one huge JSON line fills the sample
                }
                break;
            }
            String line = new String(head, start, end - start, StandardCharsets.UTF_8).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            total++;
            if (Envelope.parseLine(line) != null) {
                envelopes++;
            } else if (line.charAt(0) == '{') {
                json++; // meant as JSON even when broken: it is then counted broken, not read as text
            }
        }
        if (total == 0) {
            return InputFormat.TEXT;
        }
        if (envelopes * 2 >= total) {
            return InputFormat.CLOUDWATCH_EVENTS;
        }
        return (envelopes + json) * 2 >= total ? InputFormat.JSON_MESSAGES : InputFormat.TEXT;
    }

    private static boolean isResponse(byte[] head, int len) {
        try (JsonParser p = JsonValues.FACTORY.createParser(head, 0, len)) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && RESPONSE_KEYS.contains(p.currentName())
                    && (!p.currentName().equals("events") || p.nextToken() == JsonToken.START_ARRAY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int firstNonBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return b[i];
            }
        }
        return -1;
    }
}
