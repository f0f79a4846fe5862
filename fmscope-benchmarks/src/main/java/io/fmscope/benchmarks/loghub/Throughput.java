package io.fmscope.benchmarks.loghub;

import io.fmscope.patterns.MinerConfig;
import io.fmscope.patterns.TemplateMiner;
import java.util.Arrays;
import java.util.List;

/**
 * Mining throughput on one thread: a fresh miner per repetition fed the dataset's messages (already
 * split from their headers, so only mining is timed), the median of the repetitions reported.
 */
public final class Throughput {
    private static long sink;

    private Throughput() {
    }

    /**
     * Median nanoseconds to mine {@code contents} once. Cold: a fresh miner each repetition, so every
     * template is discovered again. Warm: the miner has mined the same messages once before (steady
     * state of a long-running stream, where most lines meet known templates).
     */
    public static long medianNanos(List<String> contents, MinerConfig config, int repetitions, boolean warm) {
        String[] lines = contents.toArray(new String[0]);
        long[] times = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            TemplateMiner m = new TemplateMiner(config);
            if (warm) for (String line : lines) m.add(line);
            long t0 = System.nanoTime();
            long acc = 0;
            for (String line : lines) acc += m.add(line).templateId();
            times[r] = System.nanoTime() - t0;
            sink += acc;
        }
        Arrays.sort(times);
        return times[repetitions / 2];
    }

    static long sink() {
        return sink;
    }
}
