package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Lazy discovery, the scan hot path: only the named discovered fields (e.g. {@code metadata.model_id}) are
 * extracted, matched along a trie of the wanted paths ({@link FieldTrie}). Subtrees that cannot hold a wanted name
 * are skipped (their leaves still count toward the field limit, so results equal {@link JsonFlattener}'s), and
 * reading stops once every wanted field is found. Thread-safe.
 */
public final class FieldExtractor {
    private final List<String> names;
    private final int[] slotOf;
    private final FieldTrie trie;
    private final DiscoveryOptions options;
    /** A walk per thread: it is reusable, and its key guesses pay off over many messages. */
    private final ThreadLocal<TrieWalk> walks;

    public FieldExtractor(Collection<String> names, DiscoveryOptions options) {
        this.names = List.copyOf(names);
        this.options = options;
        this.slotOf = new int[this.names.size()];
        this.trie = FieldTrie.distinct(this.names, List.of(), slotOf);
        this.walks = ThreadLocal.withInitial(() -> new TrieWalk(trie, options.maxFields(), true));
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
        int start = names.isEmpty() ? -1 : objectStart(message);
        if (start < 0) return;
        TrieWalk walk = walks.get();
        walk.reset(); // a reused walk: a parse failing before the object starts must find nothing
        try (JsonParser p = JsonValues.FACTORY.createParser(start == 0 ? message : message.substring(start))) {
            if (p.nextToken() == JsonToken.START_OBJECT) walk.object(p);
        } catch (IOException | RuntimeException e) {
            // leaves before a syntax error stay discovered, as in a truncated line
        }
        for (int i = 0; i < out.length && i < slotOf.length; i++) {
            Value v = walk.values[slotOf[i]];
            out[i] = v == null ? Value.NULL : v;
        }
    }

    /** Where the message's JSON object starts (after blanks; with embeddedJson, the first '{'), or -1. */
    private int objectStart(String m) {
        int i = 0;
        while (i < m.length() && Character.isWhitespace(m.charAt(i))) i++;
        if (i < m.length() && m.charAt(i) == '{') return i;
        return options.embeddedJson() ? m.indexOf('{', i) : -1;
    }
}
