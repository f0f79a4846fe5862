package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.util.Arrays;

/**
 * One streaming pass over a JSON object along a {@link FieldTrie}, with {@link FieldWalker}'s discovery rules:
 * scalar leaves (null included) count toward the field limit in document order, also inside skipped subtrees; a
 * leaf is recorded only while under the limit; the first leaf of a name wins. Time paths record their first value
 * (object keys only, no limit). Subtrees no wanted path enters are skipped without decoding. Reusable: each
 * {@link #object} call starts afresh. Not thread-safe.
 */
final class TrieWalk {
    private final FieldTrie trie;
    private final int maxFields;
    private final boolean stopWhenFound;
    final Value[] values;
    final Value[] times;
    private int leaves;
    private int found;

    /** {@code stopWhenFound}: stop reading once every discovered field is found (no validation wanted). */
    TrieWalk(FieldTrie trie, int maxFields, boolean stopWhenFound) {
        this.trie = trie;
        this.maxFields = maxFields;
        this.stopWhenFound = stopWhenFound && trie.timeFields == 0;
        this.values = new Value[trie.slots];
        this.times = new Value[trie.timeFields];
    }

    /** Walks the object whose START_OBJECT the parser just read; returns true if it stopped early. */
    boolean object(JsonParser p) throws IOException {
        Arrays.fill(values, null);
        Arrays.fill(times, null);
        leaves = 0;
        found = 0;
        return object(p, trie.root, true);
    }

    private boolean object(JsonParser p, FieldTrie.Node node, boolean timeOk) throws IOException {
        // nextToken() only (not nextFieldName()): one big parser method for the JIT to compile, not two
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            FieldTrie.Node child = node.key(p.currentName());
            if (value(p, p.nextToken(), child, timeOk)) return true;
        }
        return false;
    }

    private boolean array(JsonParser p, FieldTrie.Node node) throws IOException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || value(p, t, node.index(i++), false)) return true;
        }
        return false;
    }

    private boolean value(JsonParser p, JsonToken t, FieldTrie.Node node, boolean timeOk) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            return node != null && node.hasKeys() ? object(p, node, timeOk) : skip(p);
        }
        if (t == JsonToken.START_ARRAY) {
            return node != null && node.hasIndexes() ? array(p, node) : skip(p);
        }
        Value v = null;
        if (leaves < maxFields) {
            leaves++;
            if (node != null && node.slot >= 0 && values[node.slot] == null) {
                v = JsonScalars.read(p, t);
                values[node.slot] = v;
                found++;
            }
        }
        if (timeOk && node != null && node.timeRank >= 0 && times[node.timeRank] == null) {
            times[node.timeRank] = v != null ? v : JsonScalars.read(p, t);
        }
        return stopWhenFound && (found == values.length || leaves == maxFields);
    }

    /** Skips the container just opened, counting its leaves while the limit matters. */
    private boolean skip(JsonParser p) throws IOException {
        if (values.length == 0 || leaves >= maxFields) {
            p.skipChildren();
            return false;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) return true;
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            } else if (t != JsonToken.FIELD_NAME && leaves < maxFields) {
                leaves++;
            }
        }
        return stopWhenFound && leaves == maxFields;
    }
}
