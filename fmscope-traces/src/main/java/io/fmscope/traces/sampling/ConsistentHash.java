package io.fmscope.traces.sampling;

import io.fmscope.model.trace.TraceId;

/**
 * A trace id's position in [0, 1): both 64-bit halves mixed with the MurmurHash3 finaliser, top 53 bits as a
 * fraction. Keeping "position < rate" makes decisions deterministic per trace (every shard, every late span,
 * every restart agrees) and nested: a trace kept at 1% is also kept at 50%.
 */
public final class ConsistentHash {
    private static final double UNIT = 0x1.0p-53;

    private ConsistentHash() {
    }

    public static double position(TraceId id) {
        long h = mix(id.high() ^ mix(id.low() + 0x9E3779B97F4A7C15L));
        return (h >>> 11) * UNIT;
    }

    public static boolean keep(TraceId id, double rate) {
        return rate >= 1.0 || position(id) < rate;
    }

    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
