package io.fmscope.benchmarks.loghub;

import io.fmscope.patterns.MinerConfig;
import java.util.List;
import java.util.Locale;

/** Formats the benchmark results as the Markdown tables of {@code docs/benchmarks.md}. */
final class Report {
    private static final String[] SETS = {LabelledDataset.ORIGINAL, LabelledDataset.CORRECTED, LabelledDataset.LOGHUB2};

    private Report() {
    }

    static String markdown(List<LoghubRun> runs, List<LabelledDataset> data, long[] nanos, long[] warm, MinerConfig config,
                           int reps, int warmup) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Dataset | Drain GA | GA orig | FGA orig | PA orig | FTA orig | GA corr | FGA corr | PA corr | FTA corr"
            + " | GA 2.0 | FGA 2.0 | PA 2.0 | FTA 2.0 | templates (ours/truth) | lines/s cold | lines/s warm |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        double[][] sum = new double[SETS.length][4];
        int[] counted = new int[SETS.length];
        double drainSum = 0;
        long totalLines = 0, totalNanos = 0, totalWarm = 0;
        for (int i = 0; i < runs.size(); i++) {
            LoghubRun r = runs.get(i);
            double drain = LoghubBenchmark.DRAIN_GA.get(r.dataset().name());
            drainSum += drain;
            sb.append("| ").append(r.dataset().name()).append(" | ").append(LoghubBenchmark.fmt(drain));
            for (int s = 0; s < SETS.length; s++) {
                ParsingMetrics.Scores sc = r.scores().get(SETS[s]);
                if (sc == null) {
                    sb.append(" | – | – | – | –");
                    continue;
                }
                double[] v = {sc.ga(), sc.fga(), sc.pa(), sc.fta()};
                for (int k = 0; k < 4; k++) {
                    sum[s][k] += v[k];
                    sb.append(" | ").append(LoghubBenchmark.fmt(v[k]));
                }
                counted[s]++;
            }
            int lines = data.get(i).contents().size();
            totalLines += lines;
            totalNanos += nanos[i];
            totalWarm += warm[i];
            sb.append(" | ").append(r.templates()).append('/')
                .append(r.scores().get(LabelledDataset.ORIGINAL).truthGroups())
                .append(" | ").append(String.format(Locale.ROOT, "%,.0f", lines * 1e9 / nanos[i]))
                .append(" | ").append(String.format(Locale.ROOT, "%,.0f", lines * 1e9 / warm[i])).append(" |\n");
        }
        sb.append("| **Average** | **").append(LoghubBenchmark.fmt(drainSum / runs.size())).append("**");
        for (int s = 0; s < SETS.length; s++) {
            for (int k = 0; k < 4; k++) {
                sb.append(" | **").append(counted[s] == 0 ? "–" : LoghubBenchmark.fmt(sum[s][k] / counted[s])).append("**");
            }
        }
        sb.append(" | | **").append(String.format(Locale.ROOT, "%,.0f", totalLines * 1e9 / totalNanos)).append("** | **")
            .append(String.format(Locale.ROOT, "%,.0f", totalLines * 1e9 / totalWarm)).append("** |\n\n");
        sb.append(String.format(Locale.ROOT, "Averages over %d (original), %d (corrected), %d (Loghub-2.0) datasets. "
            + "Throughput: %,d lines mined in %.2f ms cold (fresh miner each repetition) and %.2f ms warm (miner that "
            + "has seen the dataset once); sums of per-dataset medians of %d repetitions after %d warm-up rounds, one "
            + "thread, messages already split from their headers. Config: %s. JVM: %s %s.%n",
            counted[0], counted[1], counted[2], totalLines, totalNanos / 1e6, totalWarm / 1e6, reps, warmup, config,
            System.getProperty("java.vm.name"), System.getProperty("java.version")));
        return sb.toString();
    }
}
