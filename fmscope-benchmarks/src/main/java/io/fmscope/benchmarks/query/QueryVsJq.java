package io.fmscope.benchmarks.query;

import io.fmscope.benchmarks.data.GeneratorConfig;
import io.fmscope.benchmarks.data.SeedDataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fmscope query} against {@code jq} on the same JSON-lines file of seed-shaped records, one aggregation with
 * the same semantics ({@link Aggregation}), measured in one run: each repetition runs fmscope with one thread per
 * CPU, fmscope with one thread, and jq, as child processes (the real CLI in a fresh JVM, start-up included), in a
 * rotating order; medians are reported and every output is checked to agree. Prints a Markdown section for
 * {@code docs/benchmarks.md}.
 * <pre>java -cp ... io.fmscope.benchmarks.query.QueryVsJq [--records N] [--reps N] [--dir DIR]</pre>
 */
public final class QueryVsJq {
    private QueryVsJq() {
    }

    public static void main(String[] args) throws Exception {
        long records = 1_000_000;
        int reps = 5;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "fmscope-query-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Long.parseLong(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String jqVersion = version();
        Files.createDirectories(dir);
        Path data = data(dir, records);
        Path program = dir.resolve("agg.jq");
        Files.writeString(program, Aggregation.JQ);
        String loadBefore = Machine.currentLoad();
        int threads = Runtime.getRuntime().availableProcessors();
        List<Timed.Run> fm = new ArrayList<>();
        List<Timed.Run> fmOne = new ArrayList<>();
        List<Timed.Run> jq = new ArrayList<>();
        Path fmOut = dir.resolve("fmscope.csv");
        Path fmErr = dir.resolve("fmscope.err");
        Path jqOut = dir.resolve("jq.csv");
        Path jqErr = dir.resolve("jq.err");
        for (int r = 0; r <= reps; r++) { // round 0 warms the page cache and is not counted
            Timed.Run[] runs = new Timed.Run[3];
            for (int k = 0; k < 3; k++) { // the order rotates, so no tool always runs first
                int tool = (r + k) % 3;
                runs[tool] = tool == 2 ? jq(program, data, jqOut, jqErr)
                        : fmscope(data, tool == 0 ? threads : 1, fmOut, fmErr);
                if (tool != 2) check(fmOut, jqOut, runs[2] != null);
            }
            check(fmOut, jqOut, true);
            if (r == 0) continue;
            fm.add(runs[0]);
            fmOne.add(runs[1]);
            jq.add(runs[2]);
        }
        int buckets = Aggregation.fromJq(jqOut).size();
        Machine machine = Machine.describe(jqVersion);
        System.out.print(Report.markdown(new Report.Input(records, Files.size(data), buckets,
                Files.readString(fmErr).strip(), reps, threads, fm, fmOne, jq, machine, loadBefore,
                Machine.currentLoad())));
    }

    /** Every fmscope output must agree with jq's (once jq has run in this round). */
    private static void check(Path fmOut, Path jqOut, boolean jqRan) throws IOException {
        if (!jqRan) return;
        String differs = Aggregation.disagreement(Aggregation.fromFmscope(fmOut), Aggregation.fromJq(jqOut));
        if (differs != null) throw new IllegalStateException("fmscope and jq disagree: " + differs);
    }

    private static Timed.Run fmscope(Path data, int threads, Path out, Path err)
            throws IOException, InterruptedException {
        // the real command as a user runs it: the launcher (JDK lookup, build check, its JVM options), then the CLI
        Path launcher = Path.of("fmscope").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IOException("run from the repository root: " + launcher + " is not there");
        }
        return Timed.run(List.of(launcher.toString(), "query", Aggregation.QUERY, "--file", data.toString(),
                "--format", "csv", "--progress", "never", "--threads", Integer.toString(threads)), out, err);
    }

    private static Timed.Run jq(Path program, Path data, Path out, Path err) throws IOException, InterruptedException {
        return Timed.run(List.of("jq", "-n", "-r", "-f", program.toString(), data.toString()), out, err);
    }

    /** The data file, generated once per record count (deterministic, so a kept file is the same file). */
    private static Path data(Path dir, long records) throws IOException {
        Path file = dir.resolve("fm-calls-" + records + ".jsonl");
        Path done = dir.resolve(file.getFileName() + ".done");
        if (!Files.exists(done) || !Files.exists(file)) {
            System.err.printf("generating %,d records into %s ...%n", records, file);
            SeedDataFile.write(file, records, GeneratorConfig.DEFAULT, SeedDataFile.Layout.MESSAGES);
            Files.writeString(done, GeneratorConfig.DEFAULT.toString());
        }
        return file;
    }

    private static String version() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("jq", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() == 0) return v;
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("jq is not installed (Debian/Ubuntu: apt-get install -y jq)");
    }
}
