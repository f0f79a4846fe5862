package io.fmscope.storage.duckdb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.json.DiscoveryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Field discovery for a whole batch in one streaming pass per message, writing straight into a
 * {@link DiscoveredBatch}. It follows the query module's discovery rules exactly (its {@code JsonFlattener}, which
 * the reference engine uses; {@code BatchDiscoveryProperties} checks the two agree on random JSON): names join
 * keys with '.', array elements use their index, a top-level '@' key gets another '@', every scalar leaf (null
 * included) counts toward the limit in document order, the first leaf of a repeated name wins, leaves before a
 * syntax error count, JSON nulls and non-finite numbers are no value, integers beyond 64 bits stay text. Field
 * names are built once per batch in a trie instead of once per leaf.
 */
final class BatchDiscovery {
    /** Jackson's UTF-8 parser with its exact fast double parser; messages arrive as strings, but bytes parse faster. */
    private static final JsonFactory BYTES = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    /** Below this many events a batch is discovered on the calling thread alone. */
    static final int PARALLEL_THRESHOLD = 512;
    private final DiscoveryOptions options;

    BatchDiscovery(DiscoveryOptions options) {
        this.options = options;
    }

    /** One field name of the batch: its slot and the event that last saw it (names can repeat across nodes). */
    private static final class Name {
        final String path;
        DiscoveredBatch.Slot slot;
        int seenIn = -1;

        Name(String path) {
            this.path = path;
        }
    }

    /** A trie node: a key path and its children; {@code {"a.b":1}} and {@code {"a":{"b":2}}} share one Name. */
    private static final class Node {
        final Name name;
        private final Map<String, Name> names;
        Map<String, Node> keys;
        List<Node> elements;
        /** The key met here last time: same-shaped messages hit it by reference (Jackson interns names). */
        private String lastKey;
        private Node lastChild;

        Node(Name name, Map<String, Name> names) {
            this.name = name;
            this.names = names;
        }

        Node key(String key) {
            if (key == lastKey) {
                return lastChild;
            }
            lastKey = key;
            lastChild = lookup(key);
            return lastChild;
        }

        private Node lookup(String key) {
            if (keys == null) {
                keys = new HashMap<>();
            }
            Node n = keys.get(key);
            if (n == null) {
                n = child(name == null ? (key.startsWith("@") ? "@" + key : key) : name.path + "." + key);
                keys.put(key, n);
            }
            return n;
        }

        Node element(int index) {
            if (elements == null) {
                elements = new ArrayList<>();
            }
            while (elements.size() <= index) {
                elements.add(child(name.path + "." + elements.size()));
            }
            return elements.get(index);
        }

        private Node child(String path) {
            return new Node(names.computeIfAbsent(path, Name::new), names);
        }
    }

    /** Discovers the fields of every message; row {@code i} of the result belongs to {@code messages.get(i)}. */
    DiscoveredBatch discover(List<String> messages) {
        int n = messages.size();
        if (n < PARALLEL_THRESHOLD) {
            return discover(messages, 0, n);
        }
        // two halves at once: a lone client's batch still uses both cores of a small machine
        int mid = n / 2;
        CompletableFuture<DiscoveredBatch> second = CompletableFuture.supplyAsync(() -> discover(messages, mid, n));
        DiscoveredBatch first = discover(messages, 0, mid);
        first.merge(second.join(), mid);
        return first;
    }

    private DiscoveredBatch discover(List<String> messages, int from, int to) {
        DiscoveredBatch batch = new DiscoveredBatch(messages.size());
        Walk walk = new Walk(batch, new Node(null, new HashMap<>()));
        for (int i = from; i < to; i++) {
            walk.message(messages.get(i), i);
        }
        return batch;
    }

    /** One batch's traversal state. */
    private final class Walk {
        private final DiscoveredBatch batch;
        private final Node root;
        private int row;
        private int leaves;

        Walk(DiscoveredBatch batch, Node root) {
            this.batch = batch;
            this.root = root;
        }

        void message(String m, int row) {
            this.row = row;
            this.leaves = 0;
            int start = objectStart(m);
            if (start < 0) {
                return;
            }
            try (JsonParser p = BYTES.createParser((start == 0 ? m : m.substring(start)).getBytes(StandardCharsets.UTF_8))) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    object(p, root);
                }
            } catch (IOException | RuntimeException e) {
                // as in the reference: what was read before the error stays discovered
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

        /** Returns true when discovery must stop (the field limit was reached). */
        private boolean object(JsonParser p, Node node) throws IOException {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                Node child = node.key(p.currentName());
                if (value(p, p.nextToken(), child)) {
                    return true;
                }
            }
            return false;
        }

        private boolean array(JsonParser p, Node node) throws IOException {
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (value(p, t, node.element(index++))) {
                    return true;
                }
            }
            return false;
        }

        private boolean value(JsonParser p, JsonToken t, Node node) throws IOException {
            if (t == JsonToken.START_OBJECT) {
                return object(p, node);
            }
            if (t == JsonToken.START_ARRAY) {
                return array(p, node);
            }
            if (t == null || leaves >= options.maxFields()) {
                return true;
            }
            leaves++;
            Name name = node.name;
            if (name.seenIn != row) {
                name.seenIn = row;
                record(p, t, name);
            }
            return false;
        }

        /** Reads the value before touching the slot: a truncated string throws here and must leave no slot. */
        private void record(JsonParser p, JsonToken t, Name node) throws IOException {
            switch (t) {
                case VALUE_STRING -> {
                    String v = p.getText();
                    slot(node).putString(row, v);
                }
                case VALUE_NUMBER_INT -> {
                    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        String v = p.getText();
                        slot(node).putString(row, v);
                    } else {
                        long v = p.getLongValue();
                        slot(node).putLong(row, v);
                    }
                }
                case VALUE_NUMBER_FLOAT -> {
                    double d = p.getDoubleValue();
                    if (Double.isFinite(d)) {
                        slot(node).putDouble(row, d);
                    }
                }
                case VALUE_TRUE -> slot(node).putBool(row, true);
                case VALUE_FALSE -> slot(node).putBool(row, false);
                default -> {
                    // JSON null: seen (so a later duplicate does not win) but no value
                }
            }
        }

        private DiscoveredBatch.Slot slot(Name node) {
            if (node.slot == null) {
                node.slot = batch.slot(node.path);
            }
            return node.slot;
        }
    }
}
