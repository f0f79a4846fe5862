package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.value.Value;

import java.io.IOException;

/**
 * The one traversal behind eager and lazy discovery, so both give the same fields. Rules:
 * <ul>
 *   <li>only a message that is (or, with embeddedJson, contains) a JSON object has fields;</li>
 *   <li>names join object keys with '.', array elements use their index ({@code items.0.id}); a top-level key that
 *   starts with '@' gets another '@' ({@code @@example.com});</li>
 *   <li>every scalar leaf (null included) counts toward the limit in document order; leaves past it are not
 *   discovered; empty objects and arrays are no field;</li>
 *   <li>for a repeated name the first leaf wins;</li>
 *   <li>the message is read as a stream: leaves before a syntax error are discovered, as in a truncated line.</li>
 * </ul>
 */
abstract class FieldWalker {
    private final DiscoveryOptions options;
    private int leaves;

    FieldWalker(DiscoveryOptions options) {
        this.options = options;
    }

    /** Whether the subtree at {@code path} may hold wanted leaves (otherwise it is only counted). */
    abstract boolean descend(String path);

    /** Whether the leaf at {@code path} is wanted. */
    abstract boolean wants(String path);

    /** Records a wanted leaf; returns true when nothing more is wanted (stop reading). */
    abstract boolean record(String path, Value value);

    /** Walks {@code message}; returns whether discovery stopped at the field limit. */
    final boolean walk(String message) {
        leaves = 0;
        int start = objectStart(message);
        if (start < 0) {
            return false;
        }
        try (JsonParser p = JsonValues.FACTORY.createParser(start == 0 ? message : message.substring(start))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            return object(p, null) == Outcome.LIMIT;
        } catch (IOException | RuntimeException e) {
            return leaves >= options.maxFields();
        }
    }

    private int objectStart(String m) {
        int i = 0;
        while (i < m.length() && Character.isWhitespace(m.charAt(i))) {
            i++;
        }
        if (i < m.length() && m.charAt(i) == '{') {
            return i;
        }
        return options.embeddedJson() ? m.indexOf('{', i) : -1;
    }

    private enum Outcome { MORE, DONE, LIMIT }

    private Outcome object(JsonParser p, String prefix) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            String path = prefix == null ? (key.startsWith("@") ? "@" + key : key) : prefix + "." + key;
            Outcome o = value(p, p.nextToken(), path);
            if (o != Outcome.MORE) {
                return o;
            }
        }
        return Outcome.MORE;
    }

    private Outcome array(JsonParser p, String prefix) throws IOException {
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            Outcome o = value(p, t, prefix + "." + index++);
            if (o != Outcome.MORE) {
                return o;
            }
        }
        return Outcome.MORE;
    }

    private Outcome value(JsonParser p, JsonToken t, String path) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (!descend(path)) {
                return skip(p);
            }
            return t == JsonToken.START_OBJECT ? object(p, path) : array(p, path);
        }
        if (leaves >= options.maxFields()) {
            return Outcome.LIMIT;
        }
        leaves++;
        if (wants(path) && record(path, JsonScalars.read(p, t))) {
            return Outcome.DONE;
        }
        return Outcome.MORE;
    }

    /** Skips the current container, counting its leaves so the limit stays exact. */
    private Outcome skip(JsonParser p) throws IOException {
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Outcome.DONE;
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            } else if (t.isScalarValue()) {
                if (leaves >= options.maxFields()) {
                    return Outcome.LIMIT;
                }
                leaves++;
            }
        }
        return Outcome.MORE;
    }
}
