package io.fmscope.benchmarks.loghub;

import io.fmscope.patterns.MinerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the template miner on the sixteen Loghub-2k datasets and prints a Markdown report: GA, FGA, PA,
 * FTA per label set next to Drain's published GA, and single-thread mining throughput.
 * <pre>java -cp ... io.fmscope.benchmarks.loghub.LoghubBenchmark [--shared DIR] [--reps N] [--warmup N]</pre>
 */
public final class LoghubBenchmark {
    /** Drain's GA on the original labels (ICSE-SEIP'19, logparser README, four decimals). */
    static final Map<String, Double> DRAIN_GA = new LinkedHashMap<>();

    static {
        String[] names = {"HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "Windows", "Linux",
            "Android", "HealthApp", "Apache", "Proxifier", "OpenSSH", "OpenStack", "Mac"};
        double[] ga = {0.9975, 0.9475, 0.92, 0.9665, 0.9625, 0.887, 0.955, 0.997, 0.69, 0.911, 0.78, 1.0, 0.5265,
            0.7875, 0.7325, 0.7865};
        for (int i = 0; i < names.length; i++) DRAIN_GA.put(names[i], ga[i]);
    }

    private LoghubBenchmark() {
    }

    public static void main(String[] args) {
        Path shared = Path.of(System.getProperty("fmscope.shared", "../shared"));
        int reps = 31, warmup = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path root = shared.resolve("datasets").resolve("loghub-2k");
        if (!Files.isDirectory(root)) throw new IllegalArgumentException("no Loghub-2k data under " + root);
        MinerConfig config = MinerConfig.defaults();
        List<LabelledDataset> data = new ArrayList<>();
        for (LoghubDataset d : LoghubDataset.ALL) data.add(LabelledDataset.load(root, d));
        List<LoghubRun> runs = new ArrayList<>();
        for (LabelledDataset d : data) runs.add(LoghubRun.run(d, config));
        for (int w = 0; w < warmup; w++) for (LabelledDataset d : data) Throughput.medianNanos(d.contents(), config, 3, w % 2 == 0);
        long[] cold = new long[data.size()];
        long[] warm = new long[data.size()];
        for (int i = 0; i < data.size(); i++) {
            cold[i] = Throughput.medianNanos(data.get(i).contents(), config, reps, false);
            warm[i] = Throughput.medianNanos(data.get(i).contents(), config, reps, true);
        }
        System.out.print(Report.markdown(runs, data, cold, warm, config, reps, warmup));
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
