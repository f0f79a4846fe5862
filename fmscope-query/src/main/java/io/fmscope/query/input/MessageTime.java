package io.fmscope.query.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.json.JsonValues;
import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a JSON-message line that both validates it (exactly one JSON object) and finds its time: the
 * first field of the configured list (raw key paths such as {@code metadata.timestamp_iso}) that is present and
 * reads as a time ({@link EventTimes}). Not thread-safe (reuses its path stack).
 */
final class MessageTime {
    /** Result for a line that is not one valid JSON object. */
    static final long BROKEN = Long.MIN_VALUE + 1;

    private final Map<String, Integer> priority = new HashMap<>();
    private final Set<String> lastSegments = new HashSet<>();
    private final int maxDepth;
    private final String[] path = new String[64];

    MessageTime(List<String> fields) {
        int depth = 0;
        for (String f : fields) {
            priority.putIfAbsent(f, priority.size());
            lastSegments.add(f.substring(f.lastIndexOf('.') + 1));
            depth = Math.max(depth, f.split("\\.", -1).length);
        }
        this.maxDepth = Math.min(depth, path.length);
    }

    /** Epoch ms of the line's time field, {@link TimeText#NO_TIME} if none, or {@link #BROKEN}. */
    long scan(String line) {
        try (JsonParser p = JsonValues.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return BROKEN;
            }
            Value[] found = new Value[priority.size()];
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return BROKEN;
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth <= path.length) {
                            path[depth - 1] = p.currentName();
                        }
                    }
                    default -> {
                        int rank = rank(p, depth);
                        if (rank < found.length && found[rank] == null) {
                            found[rank] = JsonValues.scalar(p, t);
                        }
                    }
                }
            }
            if (p.nextToken() != null) {
                return BROKEN;
            }
            // converted only now, best rank first, so a cheap epoch field spares parsing an ISO copy
            for (Value v : found) {
                long ms = v == null ? TimeText.NO_TIME : EventTimes.toMillis(v);
                if (ms != TimeText.NO_TIME) {
                    return ms;
                }
            }
            return TimeText.NO_TIME;
        } catch (IOException | RuntimeException e) {
            return BROKEN;
        }
    }

    /** Priority of the scalar at the current position, or MAX_VALUE when it is not a time field. */
    private int rank(JsonParser p, int depth) throws IOException {
        if (depth > maxDepth || p.getParsingContext().inArray() || !lastSegments.contains(path[depth - 1])) {
            return Integer.MAX_VALUE;
        }
        String name = path[0];
        for (int i = 1; i < depth; i++) {
            name = name + "." + path[i];
        }
        Integer r = priority.get(name);
        return r == null ? Integer.MAX_VALUE : r;
    }
}
