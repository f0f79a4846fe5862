package io.fmscope.query.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wanted paths of a message as a trie of raw JSON keys, so a streaming pass matches each key with one hash
 * lookup instead of building path strings. Two kinds of paths share it: discovered field names (CloudWatch's
 * flattened names: keys joined with '.', array elements by index, a top-level '@key' named '@@key') and raw time
 * field paths ({@code metadata.timestamp_epoch_ms}, matched along object keys only). Immutable once built, but for
 * a lookup memo that is safe to share between threads.
 */
final class FieldTrie {
    /** One position in the trie; a key or an array index leads to a child. */
    static final class Node {
        private static final int MEMO = 32;

        private record Memo(String key, Node node) {}

        private Memo[] memo;
        private Map<String, Node> keys;
        private Node[] indexes;
        /** Discovery slot of the leaf at this path, or -1. */
        int slot = -1;
        /** Priority of this path among the time fields (0 = first), or -1. */
        int timeRank = -1;
        /** Whether some wanted path goes at least two keys below (only then can a dotted key match). */
        boolean deep;

        Node key(String key) {
            if (keys == null) return null;
            // Jackson hands out one canonical String per field name, so an identity memo answers most lookups
            int h = System.identityHashCode(key) & (MEMO - 1);
            Memo m = memo[h];
            if (m != null && m.key == key) return m.node;
            Node n = lookup(key);
            memo[h] = new Memo(key, n); // one immutable entry: racing readers see a whole pair or the old one
            return n;
        }

        private Node lookup(String key) {
            Node n = keys.get(key);
            if (n != null || !deep || key.indexOf('.') < 0) return n;
            // a key with dots ({"a.b": 1}) is the same flattened name as nested keys ({"a": {"b": 1}})
            Node at = this;
            for (String piece : key.split("\\.", -1)) {
                at = at.keys == null ? null : at.keys.get(piece);
                if (at == null) return null;
            }
            return at;
        }

        Node index(int i) {
            return indexes != null && i < indexes.length ? indexes[i] : null;
        }

        boolean hasKeys() {
            return keys != null;
        }

        boolean hasIndexes() {
            return indexes != null;
        }

        private Node addKey(String key) {
            if (keys == null) {
                keys = new HashMap<>(4);
                memo = new Memo[MEMO];
            }
            return keys.computeIfAbsent(key, k -> new Node());
        }

        /** A numeric segment also names an array element: the same child answers both. */
        private void addIndex(String segment, Node child) {
            if (!segment.matches("0|[1-9][0-9]{0,5}")) return;
            int i = Integer.parseInt(segment);
            if (indexes == null || indexes.length <= i) {
                Node[] grown = new Node[i + 1];
                if (indexes != null) System.arraycopy(indexes, 0, grown, 0, indexes.length);
                indexes = grown;
            }
            indexes[i] = child;
        }
    }

    final Node root = new Node();
    final int slots;
    final int timeFields;

    FieldTrie(List<String> discovered, List<String> timePaths) {
        for (int i = 0; i < discovered.size(); i++) addDiscovered(discovered.get(i), i);
        for (int r = 0; r < timePaths.size(); r++) addTime(timePaths.get(r), r);
        this.slots = discovered.size();
        this.timeFields = timePaths.size();
    }

    /** A trie of the distinct names of {@code names}; {@code slotOf[i]} receives the slot of {@code names[i]}. */
    static FieldTrie distinct(List<String> names, List<String> timePaths, int[] slotOf) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < slotOf.length; i++) slotOf[i] = first.computeIfAbsent(names.get(i), n -> first.size());
        String[] distinct = new String[first.size()];
        first.forEach((n, s) -> distinct[s] = n);
        return new FieldTrie(List.of(distinct), timePaths);
    }

    private void addDiscovered(String name, int slot) {
        String[] segments = name.split("\\.", -1);
        if (segments[0].startsWith("@")) {
            if (!segments[0].startsWith("@@")) return; // no JSON key is ever named '@x' at the top
            segments[0] = segments[0].substring(1);
        }
        Node n = root;
        for (int d = 0; d < segments.length; d++) {
            n.deep |= segments.length - d >= 2;
            Node child = n.addKey(segments[d]);
            n.addIndex(segments[d], child);
            n = child;
        }
        if (n.slot < 0) n.slot = slot;
    }

    private void addTime(String path, int rank) {
        Node n = root;
        String[] segments = path.split("\\.", -1);
        for (int d = 0; d < segments.length; d++) {
            n.deep |= segments.length - d >= 2;
            n = n.addKey(segments[d]);
        }
        if (n.timeRank < 0) n.timeRank = rank;
    }
}
