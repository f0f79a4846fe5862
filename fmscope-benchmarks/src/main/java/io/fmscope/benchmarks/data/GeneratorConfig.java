package io.fmscope.benchmarks.data;

import java.time.Instant;

/**
 * How {@link SeedRecordGenerator} draws records.
 *
 * @param seed          random seed: the same config always yields the same records
 * @param startMillis   time before the first record (epoch ms)
 * @param meanGapMillis mean time between records; gaps are uniform in [0, 2 * mean]
 * @param ragShare      share of RAG_RETRIEVAL records (the rest are FM_CALL), 0 to 1
 */
public record GeneratorConfig(long seed, long startMillis, long meanGapMillis, double ragShare) {
    /** The seed's MangaAssist day: from 2024-05-01T00:00Z, one record every 86 ms on average, 20 % RAG. */
    public static final GeneratorConfig DEFAULT =
            new GeneratorConfig(20240501L, Instant.parse("2024-05-01T00:00:00Z").toEpochMilli(), 86, 0.2);

    public GeneratorConfig {
        if (meanGapMillis < 0) throw new IllegalArgumentException("meanGapMillis < 0");
        if (ragShare < 0 || ragShare > 1) throw new IllegalArgumentException("ragShare outside 0..1");
    }

    public GeneratorConfig withSeed(long s) {
        return new GeneratorConfig(s, startMillis, meanGapMillis, ragShare);
    }

    public GeneratorConfig withRagShare(double share) {
        return new GeneratorConfig(seed, startMillis, meanGapMillis, share);
    }
}
