package io.fmscope.benchmarks.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The Markdown section: command, machine, load, medians, rates and the ratio to jq. */
final class Report {
    record Input(long records, long bytes, int buckets, String fmscopeSummary, int reps, int threads,
                 List<Timed.Run> fmscope, List<Timed.Run> fmscopeOneThread, List<Timed.Run> jq, Machine machine,
                 String loadBefore, String loadAfter) {}

    private Report() {
    }

    static double median(List<Timed.Run> runs, ToDoubleFunction<Timed.Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String markdown(Input in) {
        double fmWall = median(in.fmscope(), Timed.Run::wall);
        double fmCpu = median(in.fmscope(), Timed.Run::cpu);
        double oneWall = median(in.fmscopeOneThread(), Timed.Run::wall);
        double oneCpu = median(in.fmscopeOneThread(), Timed.Run::cpu);
        double jqWall = median(in.jq(), Timed.Run::wall);
        double jqCpu = median(in.jq(), Timed.Run::cpu);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d seed-shaped records (%,d bytes of JSON lines), %d five-minute "
                + "buckets; %d repetitions after one warm-up round, medians.%n%n", in.records(), in.bytes(),
                in.buckets(), in.reps()));
        sb.append("| tool | wall s | CPU s (user + sys) | events/s (wall) | events/s per CPU-second |\n");
        sb.append("|---|---|---|---|---|\n");
        row(sb, "fmscope query (--threads " + in.threads() + ")", fmWall, fmCpu, in.records());
        row(sb, "fmscope query --threads 1", oneWall, oneCpu, in.records());
        row(sb, "jq", jqWall, jqCpu, in.records());
        sb.append(String.format(Locale.ROOT, "%nfmscope is **%.1f× faster than jq** in wall time (%.1f× with one "
                + "thread) and %.1f× in CPU time with one thread, **%,.0f events per CPU-second** end to end. Outputs "
                + "agreed in every repetition (same buckets, same p99, means within 1e-9).%n%n",
                jqWall / fmWall, jqWall / oneWall, jqCpu / oneCpu, in.records() / oneCpu));
        sb.append("fmscope wall times: ").append(times(in.fmscope(), Timed.Run::wall)).append("; CPU: ")
                .append(times(in.fmscope(), Timed.Run::cpu)).append("\n");
        sb.append("fmscope --threads 1 wall times: ").append(times(in.fmscopeOneThread(), Timed.Run::wall))
                .append("; CPU: ").append(times(in.fmscopeOneThread(), Timed.Run::cpu)).append("\n");
        sb.append("jq wall times: ").append(times(in.jq(), Timed.Run::wall)).append("; CPU: ")
                .append(times(in.jq(), Timed.Run::cpu)).append("\n\n");
        sb.append("fmscope summary line: `").append(in.fmscopeSummary().replace('\n', ' ')).append("`\n\n");
        Machine m = in.machine();
        sb.append(String.format(Locale.ROOT, "Machine: %d CPUs (%s), %,d MB RAM; %s; %s. Load average before: %s;"
                + " after: %s.%n", m.cpus(), m.cpuModel(), m.memoryMb(), m.java(), m.jq(), in.loadBefore(),
                in.loadAfter()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String tool, double wall, double cpu, long records) {
        sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %,.0f | %,.0f |%n", tool, wall, cpu,
                records / wall, records / cpu));
    }

    private static String times(List<Timed.Run> runs, ToDoubleFunction<Timed.Run> f) {
        return Arrays.toString(runs.stream().mapToDouble(f).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                .toArray());
    }
}
