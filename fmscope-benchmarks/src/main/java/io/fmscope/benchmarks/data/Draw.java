package io.fmscope.benchmarks.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.SplittableRandom;

/** Small drawing and formatting helpers shared by the record writers. */
final class Draw {
    private Draw() {
    }

    static String pick(SplittableRandom rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    /** Half-up rounding to {@code places} decimals, as Python's {@code round} output looks in the seed. */
    static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** The seed's ISO form: {@code 2024-05-01T10:00:34.854+00:00} (Python's isoformat with a UTC offset). */
    static String iso(long millis) {
        String s = Instant.ofEpochMilli(millis).toString();
        return s.substring(0, s.length() - 1) + "+00:00";
    }

    static String hex8(SplittableRandom rnd) {
        return String.format("%08x", rnd.nextInt() & 0xffffffffL);
    }
}
