package io.fmscope.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * The templates that are equal everywhere but at one position, and what that position holds in them:
 * distinct constant words (counted up to the generalisation threshold) and whether any holds a variable.
 */
final class Shape {
    private final long[] values;
    private int distinct;
    boolean hasVariable;
    private long varFrames;
    private long wordFrames;
    final List<Cluster> members = new ArrayList<>(2);

    Shape(int maxValues) {
        values = new long[maxValues];
    }

    void addValue(long value) {
        for (int i = 0; i < distinct; i++) if (values[i] == value) return;
        if (distinct < values.length) values[distinct++] = value;
    }

    /**
     * Records the frame of a keyed token ({@code user=<*>}); a word and a variable with the same frame
     * ({@code user=mysql} beside {@code user=<*>}) mean the value varies. One-bit-per-frame filters are
     * enough: a false positive needs two different keys in one shape at one position.
     */
    void addFrame(long frameHash, boolean variable) {
        long bit = 1L << (frameHash & 63);
        if (variable) varFrames |= bit;
        else wordFrames |= bit;
    }

    boolean frameVaries() {
        return (varFrames & wordFrames) != 0;
    }

    int distinct() {
        return distinct;
    }

    /** Adds c, replacing merged members by their root and dropping evicted ones. */
    void addMember(Cluster c) {
        for (int i = members.size() - 1; i >= 0; i--) {
            Cluster m = members.get(i);
            if (m.parent != null || m.evicted) members.remove(i);
        }
        if (!members.contains(c)) members.add(c);
    }

    void remove(Cluster c) {
        members.remove(c);
    }
}
