package io.fmscope.benchmarks.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.sampling.SamplerConfig;
import io.fmscope.traces.sampling.SamplerStats;
import io.fmscope.traces.sampling.SamplingRules;
import io.fmscope.traces.sampling.TailSampler;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tail-sampling throughput with ten rules: seed-shaped traces (6 spans each, 3% with an issue, 10% slow) go
 * through the whole {@link TailSampler} path (buffer per trace, completion, grace, rules, decision memory,
 * metrics before sampling) on one thread and one shard, then on N threads and N shards. Prints spans/s and
 * decisions/s per repetition and the median.
 * <pre>java -cp ... io.fmscope.benchmarks.sampling.SamplingBenchmark [--traces N] [--reps N] [--threads N]</pre>
 */
public final class SamplingBenchmark {
    private SamplingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int traces = 100_000, reps = 7, threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--traces" -> traces = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        SamplingRules rules = SamplingRules.parse(TenRules.YAML);
        System.out.printf(Locale.ROOT, "rules: %d, traces per run: %,d (6 spans each), JVM %s, %d cores%n",
                rules.rules().size(), traces, Runtime.version(), Runtime.getRuntime().availableProcessors());
        List<List<List<Span>>> data = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) data.add(generate(traces, 1000L + t));
        for (int w = 0; w < 3; w++) run(rules, data.subList(0, 1), 1);
        report("1 thread, 1 shard", rules, data.subList(0, 1), 1, reps, traces);
        if (threads > 1) {
            for (int w = 0; w < 2; w++) run(rules, data, threads);
            report(threads + " threads, " + threads + " shards", rules, data, threads, reps, traces * threads);
        }
    }

    private static void report(String label, SamplingRules rules, List<List<List<Span>>> data, int shards, int reps, int traces) throws Exception {
        double[] spansPerSec = new double[reps];
        SamplerStats last = null;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            last = run(rules, data, shards);
            spansPerSec[r] = traces * 6.0 / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(spansPerSec);
        double median = spansPerSec[reps / 2];
        System.out.printf(Locale.ROOT, "%s: median %,.0f spans/s = %,.0f decisions/s (min %,.0f, max %,.0f); kept %,d of %,d traces%n",
                label, median, median / 6, spansPerSec[0], spansPerSec[reps - 1], last.tracesKept(), last.tracesDecided());
    }

    /** Feeds every trace list from its own thread into one sampler; the simulated clock advances 1 ms per trace. */
    private static SamplerStats run(SamplingRules rules, List<List<List<Span>>> data, int shards) throws Exception {
        AtomicLong millis = new AtomicLong(1_780_000_000_000L);
        Clock clock = new Clock() {
            @Override public long millis() {
                return millis.get();
            }

            @Override public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }

            @Override public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        AtomicLong keptSpans = new AtomicLong();
        SamplerConfig config = SamplerConfig.defaults().withShards(shards).withCompleteGrace(Duration.ofMillis(100));
        TailSampler sampler = new TailSampler(rules, config, spans -> keptSpans.addAndGet(spans.size()), clock);
        List<Thread> ts = new ArrayList<>();
        for (List<List<Span>> part : data) {
            ts.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < part.size(); i++) {
                    sampler.offer(part.get(i));
                    if (data.size() == 1 || i % data.size() == 0) millis.incrementAndGet();
                }
            }));
        }
        for (Thread t : ts) t.join();
        millis.addAndGet(60_000);
        sampler.tick();
        sampler.flush();
        return sampler.stats();
    }

    static List<List<Span>> generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<Span>> out = new ArrayList<>(n);
        long t = 1_780_000_000_000_000_000L;
        for (int i = 0; i < n; i++, t += 1_000_000L) {
            double u = r.nextDouble();
            SyntheticRequest b = SyntheticRequest.of(TraceId.newXRay(t / 1_000_000_000L, r), t)
                    .cache(1 + r.nextDouble()).session(5).search(40)
                    .model(r.nextInt(4) == 0 ? "anthropic.claude-3-haiku" : "anthropic.claude-3-sonnet",
                            u < 0.13 && u >= 0.03 ? 3500 : 900, 500, 200, 0.004);
            if (u < 0.03) b.status(500);
            out.add(b.deliver(10).build());
        }
        return out;
    }
}
