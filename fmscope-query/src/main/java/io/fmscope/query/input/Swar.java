package io.fmscope.query.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Eight bytes at a time: finding a byte and testing for plain ASCII without NUL, on the line-reading hot path. */
final class Swar {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    static final long HIGHS = 0x8080808080808080L;

    private Swar() {
    }

    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** Bit 7 of each byte that is zero (exact for the lowest one, which is all callers use). */
    static long zeroBytes(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    /** Index of the first {@code target} byte in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte target) {
        long pattern = ONES * (target & 0xff);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long z = zeroBytes(word(b, i) ^ pattern);
            if (z != 0) return i + (Long.numberOfTrailingZeros(z) >>> 3);
        }
        for (; i < to; i++) {
            if (b[i] == target) return i;
        }
        return -1;
    }

    /** Whether the eight bytes at {@code i} are ASCII and none is NUL. */
    static boolean plainAscii(byte[] b, int i) {
        long w = word(b, i);
        return (w & HIGHS) == 0 && zeroBytes(w) == 0;
    }
}
