package io.fmscope.patterns;

/** 64-bit string hashing for the index keys (a collision would only merge two templates wrongly). */
final class Hash64 {
    static final long PRIME = 0x9E3779B97F4A7C15L;

    private Hash64() {
    }

    static long of(String s) {
        long h = 0xCBF29CE484222325L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
