package io.fmscope.query.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.fmscope.query.value.Value;

import java.io.IOException;
import java.util.List;

/**
 * The one parse of a JSON-lines message: a single streaming pass over its UTF-8 bytes that tells whether it is
 * exactly one JSON object, discovers the wanted fields (same rules and results as {@link FieldExtractor}) and
 * picks up the values of the time paths. No String is made of the line or of fields nobody asked for, and
 * subtrees no wanted path enters are only tokenized. Reusable across lines; not thread-safe.
 */
public final class MessageScanner {
    /**
     * Lines reach the scanner checked as UTF-8, so the parser skips encoding detection (2% of a scan); a byte-order
     * mark is then not JSON, as it never was in a line of text.
     */
    private static final JsonFactory LINES = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(JsonFactory.Feature.CHARSET_DETECTION).build();

    private final List<String> names;
    private final int[] slotOf;
    private final TrieWalk walk;
    private final int timePaths;

    /**
     * @param discovered the discovered field names wanted, in the order {@link #values} returns them
     * @param timePaths  raw key paths of time fields, best first ({@code metadata.timestamp_epoch_ms})
     */
    public MessageScanner(List<String> discovered, List<String> timePaths, DiscoveryOptions options) {
        this.names = List.copyOf(discovered);
        this.slotOf = new int[names.size()];
        this.walk = new TrieWalk(FieldTrie.distinct(names, timePaths, slotOf), options.maxFields(), false);
        this.timePaths = timePaths.size();
    }

    public List<String> names() {
        return names;
    }

    /** Scans {@code b[off, off + len)}; false when it is not exactly one JSON object (nothing else is then valid). */
    public boolean scan(byte[] b, int off, int len) {
        try (JsonParser p = LINES.createParser(b, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            walk.object(p);
            return p.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The discovered values of the last valid scan into {@code out[0..names)}, NULL for absent fields. */
    public void values(Value[] out) {
        for (int i = 0; i < names.size(); i++) {
            Value v = walk.values[slotOf[i]];
            out[i] = v == null ? Value.NULL : v;
        }
    }

    /** The first value found at time path {@code rank} in the last scan, or null when the path was absent. */
    public Value timeValue(int rank) {
        return walk.times[rank];
    }

    public int timePaths() {
        return timePaths;
    }
}
