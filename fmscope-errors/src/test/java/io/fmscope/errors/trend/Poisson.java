package io.fmscope.errors.trend;

import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Seeded Poisson count series for trend tests (Knuth's method; fine for the small rates used here). */
final class Poisson {
    private Poisson() {}

    static long[] series(long seed, int buckets, IntToDoubleFunction rate) {
        var random = new Random(seed);
        long[] counts = new long[buckets];
        for (int i = 0; i < buckets; i++) counts[i] = sample(random, rate.applyAsDouble(i));
        return counts;
    }

    static long sample(Random random, double lambda) {
        double limit = Math.exp(-lambda);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
