package io.fmscope.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutable state of one template inside the miner. Every token is a frame (constant text around a
 * {@code <*>} hole) plus, for a constant token, the word that fills the hole; a variable token has no
 * value. Clusters merge union-find style: a merged cluster points at the one that absorbed it.
 */
final class Cluster {
    static final String HOLE = "<*>";
    final long id;
    final String[] frames;
    final String[] values;
    final TokenType[] types;
    final boolean[] glued;
    /** Cached {@link #keyText(int)} per token; refreshed by {@link #setVariable}. */
    private final String[] texts;
    final List<String> samples = new ArrayList<>(2);
    long count;
    Cluster parent;
    boolean evicted;
    boolean exposed;
    boolean variableLength;
    /** Index keys this cluster is registered under, so a change or an eviction can remove them. */
    long[] shapeKeys = new long[0];
    long skeletonKey;
    String templateKey;

    Cluster(long id, String[] frames, String[] values, TokenType[] types, boolean[] glued) {
        this.id = id;
        this.frames = frames;
        this.values = values;
        this.types = types;
        this.glued = glued;
        this.texts = new String[frames.length];
        for (int i = 0; i < frames.length; i++) texts[i] = values[i] != null ? fill(frames[i], values[i]) : frames[i];
    }

    /** Makes token i a variable of type t with the given frame. */
    void setVariable(int i, TokenType t, String frame) {
        types[i] = t;
        values[i] = null;
        frames[i] = frame;
        texts[i] = frame;
    }

    Cluster root() {
        Cluster r = this;
        while (r.parent != null) r = r.parent;
        Cluster c = this;
        while (c.parent != null && c.parent != r) { // path compression
            Cluster next = c.parent;
            c.parent = r;
            c = next;
        }
        return r;
    }

    int size() {
        return frames.length;
    }

    boolean isWord(int i) {
        return types[i] == TokenType.WORD;
    }

    /** The token as the index sees it: a constant's full text, or a variable's frame. */
    String keyText(int i) {
        return texts[i];
    }

    /** A variable whose frame has a word before the hole ({@code uid=<*>}) is keyed; {@code (<*>)} is not. */
    boolean isKeyedVariable(int i) {
        if (isWord(i)) return false;
        String f = frames[i];
        int hole = f.indexOf(HOLE);
        for (int j = 0; j < hole; j++) if (Character.isLetterOrDigit(f.charAt(j))) return true;
        return false;
    }

    int words() {
        int w = 0;
        for (TokenType t : types) if (t == TokenType.WORD) w++;
        return w;
    }

    String key() {
        StringBuilder sb = new StringBuilder(frames.length * 8);
        for (int i = 0; i < frames.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(keyText(i));
        }
        return sb.toString();
    }

    void addSample(String line, MinerConfig config) {
        if (samples.size() >= config.samplesPerTemplate()) return;
        String s = line.length() > config.maxSampleChars() ? line.substring(0, config.maxSampleChars()) + "…" : line;
        if (!samples.contains(s)) samples.add(s);
    }

    static String fill(String frame, String value) {
        int hole = frame.indexOf(HOLE);
        if (hole == 0 && frame.length() == HOLE.length()) return value;
        return frame.substring(0, hole) + value + frame.substring(hole + HOLE.length());
    }
}
