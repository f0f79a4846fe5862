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
 * (object keys only, no limit). Subtrees no wanted path enters are skipped without decoding. Field names are read
 * with a guess of the next name ({@link KeyGuesses}), which only makes matching cheaper. Reusable: each
 * {@link #object} call starts afresh. Not thread-safe.
 */
final class TrieWalk {
    private final FieldTrie trie;
    private final int maxFields;
    private final boolean stopWhenFound;
    private final KeyGuesses guesses = new KeyGuesses();
    final Value[] values;
    final Value[] times;
    private int leaves;
    private int found;
    /**
     * Per open container of a skipped subtree: the key it is the value of (for an array element, the array's key),
     * its last key so far (null before the first, and in arrays) and whether it is an object.
     */
    private KeyGuesses.Key[] parents = new KeyGuesses.Key[16];
    private KeyGuesses.Key[] lasts = new KeyGuesses.Key[16];
    private boolean[] objects = new boolean[16];

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
        reset();
        return object(p, trie.root, true, guesses.root);
    }

    /** Forgets the values found (as before a message without fields). */
    void reset() {
        Arrays.fill(values, null);
        Arrays.fill(times, null);
        leaves = 0;
        found = 0;
    }

    /**
     * The next field name of the object being read, guessed from {@code guess} (may be null); null at its end.
     * A key read without a match is learnt as the successor: of {@code last}, or the first key of {@code parent}.
     */
    private KeyGuesses.Key nextKey(JsonParser p, KeyGuesses.Key guess, KeyGuesses.Key parent, KeyGuesses.Key last)
            throws IOException {
        if (guess != null) {
            if (p.nextFieldName(guess.quoted)) return guess;
            if (p.currentToken() != JsonToken.FIELD_NAME) return null;
        } else if (p.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        KeyGuesses.Key k = guesses.of(p.currentName());
        if (last == null) {
            parent.first = k;
        } else {
            last.next = k;
        }
        return k;
    }

    private boolean object(JsonParser p, FieldTrie.Node node, boolean timeOk, KeyGuesses.Key parent)
            throws IOException {
        for (KeyGuesses.Key k = nextKey(p, parent.first, parent, null); k != null;
             k = nextKey(p, k.next, parent, k)) {
            if (value(p, p.nextToken(), k.child(node), timeOk, k)) return true;
        }
        return false;
    }

    private boolean array(JsonParser p, FieldTrie.Node node, KeyGuesses.Key parent) throws IOException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || value(p, t, node.index(i++), false, parent)) return true;
        }
        return false;
    }

    /** {@code key}: the key whose value this is (for an array element, the array's key). */
    private boolean value(JsonParser p, JsonToken t, FieldTrie.Node node, boolean timeOk, KeyGuesses.Key key)
            throws IOException {
        if (t == JsonToken.START_OBJECT) {
            return node != null && node.hasKeys() ? object(p, node, timeOk, key) : skip(p, key, true);
        }
        if (t == JsonToken.START_ARRAY) {
            return node != null && node.hasIndexes() ? array(p, node, key) : skip(p, key, false);
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

    /**
     * Skips the container just opened ({@code object} or array, the value of {@code key}), counting its leaves while
     * the limit matters; names are still read with guesses, which is cheaper than skipping them unguessed.
     */
    private boolean skip(JsonParser p, KeyGuesses.Key key, boolean object) throws IOException {
        boolean count = values.length > 0 && leaves < maxFields;
        int top = 0;
        open(0, key, object);
        while (top >= 0) {
            JsonToken t;
            if (objects[top]) {
                KeyGuesses.Key last = lasts[top];
                KeyGuesses.Key parent = parents[top];
                KeyGuesses.Key k = nextKey(p, last == null ? parent.first : last.next, parent, last);
                if (k == null) {
                    if (p.currentToken() == null) return true;
                    top--;
                    continue;
                }
                lasts[top] = k;
                key = k;
                t = p.nextToken();
            } else {
                t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    top--;
                    continue;
                }
                key = parents[top];
            }
            if (t == null) return true;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                open(++top, key, t == JsonToken.START_OBJECT);
            } else if (count && leaves < maxFields) {
                leaves++;
            }
        }
        return count && stopWhenFound && leaves == maxFields;
    }

    private void open(int at, KeyGuesses.Key key, boolean object) {
        if (at == parents.length) {
            parents = Arrays.copyOf(parents, at * 2);
            lasts = Arrays.copyOf(lasts, at * 2);
            objects = Arrays.copyOf(objects, at * 2);
        }
        parents[at] = key;
        lasts[at] = null;
        objects[at] = object;
    }
}
