package io.fmscope.patterns;

import java.util.Arrays;

/**
 * A masked line ({@code took <NUM> ms}) as the key of the miner's fast-path cache. The masker keeps one
 * mutable instance and rebuilds it per line, so a cache hit allocates nothing: the lookup uses it as a
 * probe, and only a miss stores a {@link #copy()}. Equality and hash are over the characters.
 */
final class MaskedKey {
    private static final char[][] MASKS = masks();
    private char[] chars;
    private int length;
    private int hash;

    MaskedKey() {
        chars = new char[256];
    }

    private MaskedKey(char[] chars, int hash) {
        this.chars = chars;
        this.length = chars.length;
        this.hash = hash;
    }

    /** Rebuilds this key from the tokens the masker holds. */
    MaskedKey build(LineMasker m) {
        length = 0;
        char[] line = m.chars;
        for (int t = 0; t < m.count; t++) {
            if (t > 0 && !m.glued[t]) append(' ');
            if (m.type[t] == TokenType.WORD) {
                append(line, m.start[t], m.end[t]);
            } else {
                append(line, m.start[t], m.varStart[t]);
                char[] mask = MASKS[m.type[t].ordinal()];
                append(mask, 0, mask.length);
                append(line, m.varEnd[t], m.end[t]);
            }
        }
        hash = hash(chars, length);
        return this;
    }

    /** An immutable copy, safe to store in a map. */
    MaskedKey copy() {
        return new MaskedKey(Arrays.copyOf(chars, length), hash);
    }

    private void append(char c) {
        if (length == chars.length) chars = Arrays.copyOf(chars, length * 2);
        chars[length++] = c;
    }

    private void append(char[] src, int from, int to) {
        int n = to - from;
        if (length + n > chars.length) chars = Arrays.copyOf(chars, Math.max(length + n, length * 2));
        System.arraycopy(src, from, chars, length, n);
        length += n;
    }

    /** Four characters per multiply: the key is hashed once per line, on the hot path. */
    private static int hash(char[] c, int n) {
        long h = 0x9E3779B97F4A7C15L ^ n;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            long w = c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
            h = (h ^ w) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        for (; i < n; i++) h = (h ^ c[i]) * 0x100000001B3L;
        h = Hash64.mix(h);
        return (int) (h ^ h >>> 32);
    }

    @Override public boolean equals(Object o) {
        return o instanceof MaskedKey k && k.hash == hash && Arrays.equals(chars, 0, length, k.chars, 0, k.length);
    }

    @Override public int hashCode() {
        return hash;
    }

    @Override public String toString() {
        return new String(chars, 0, length);
    }

    private static char[][] masks() {
        TokenType[] types = TokenType.values();
        char[][] out = new char[types.length][];
        for (TokenType t : types) out[t.ordinal()] = t.mask().toCharArray();
        return out;
    }
}
