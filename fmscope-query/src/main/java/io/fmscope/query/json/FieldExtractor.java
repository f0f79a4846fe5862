package io.fmscope.query.json;

import io.fmscope.query.value.Value;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lazy discovery, the scan hot path: only the named discovered fields (e.g. {@code metadata.model_id}) are
 * extracted. Subtrees that cannot hold a wanted name are skipped (their leaves still count toward the field limit,
 * so results equal {@link JsonFlattener}'s), and reading stops once every wanted field is found. Thread-safe.
 */
public final class FieldExtractor {
    private final List<String> names;
    private final Map<String, Integer> slots = new HashMap<>();
    private final Set<String> directories = new HashSet<>();
    private final DiscoveryOptions options;

    public FieldExtractor(Collection<String> names, DiscoveryOptions options) {
        this.names = List.copyOf(names);
        this.options = options;
        for (int i = 0; i < this.names.size(); i++) {
            String n = this.names.get(i);
            slots.putIfAbsent(n, i);
            for (int dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) {
                directories.add(n.substring(0, dot));
            }
        }
    }

    public static FieldExtractor of(Collection<String> names) {
        return new FieldExtractor(names, DiscoveryOptions.DEFAULT);
    }

    /** The field names, in the order of the values {@link #extract} returns. */
    public List<String> names() {
        return names;
    }

    /** Values of the fields in {@link #names()} order; {@link Value#NULL} where a field is not discovered. */
    public Value[] extract(String message) {
        Value[] out = new Value[names.size()];
        extract(message, out);
        return out;
    }

    /** As {@link #extract(String)}, into {@code out} (length at least {@code names().size()}). */
    public void extract(String message, Value[] out) {
        Arrays.fill(out, 0, names.size(), Value.NULL);
        if (slots.isEmpty()) {
            return;
        }
        new FieldWalker(options) {
            private int found;
            private final boolean[] filled = new boolean[names.size()];

            @Override
            boolean descend(String path) {
                return directories.contains(path);
            }

            @Override
            boolean wants(String path) {
                Integer slot = slots.get(path);
                return slot != null && !filled[slot];
            }

            @Override
            boolean record(String path, Value value) {
                int slot = slots.get(path);
                filled[slot] = true;
                out[slot] = value;
                return ++found == slots.size();
            }
        }.walk(message);
        for (int i = 0; i < names.size(); i++) {
            out[i] = out[slots.get(names.get(i))];
        }
    }
}
