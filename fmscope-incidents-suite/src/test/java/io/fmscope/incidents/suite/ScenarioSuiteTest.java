package io.fmscope.incidents.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scenario suite: every shipped scenario ({@code scenarios/*.yaml}) through the real simulator at full speed,
 * the detector on the simulated clock, the diagnosis of each fault's incident, scored against the ground truth.
 * Writes the table to {@code target/scenario-suite-seed-N.md} (copied into docs/benchmarks.md) and checks the targets:
 * every fault detected, median time to detect under 60 s, the top hypothesis right in at least 7 of the 8 seed
 * patterns, no false incident in the healthy hour.
 */
class ScenarioSuiteTest {
    /** The simulator's seed; {@code -Dfmscope.suite.seed=N} runs the suite on other traffic. */
    private static final long SEED = Long.getLong("fmscope.suite.seed", 7);

    @Test void everyShippedScenario() throws Exception {
        List<Path> files = scenarioFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        // Scenarios are independent (own simulator, detector and store): run two at a time.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        List<Future<List<Outcome>>> runs = new ArrayList<>();
        for (Path f : files) runs.add(pool.submit(() -> ScenarioRun.run(f, SEED)));
        List<Outcome> rows = new ArrayList<>();
        try {
            for (Future<List<Outcome>> r : runs) rows.addAll(r.get());
        } finally {
            pool.shutdownNow();
        }
        String report = report(rows);
        System.out.println(report);
        Files.writeString(Path.of("target", "scenario-suite-seed-" + SEED + ".md"), report);

        List<Outcome> faults = rows.stream().filter(r -> r.fault() != null).toList();
        assertThat(faults).as(report).allMatch(Outcome::detected);
        assertThat(median(faults)).as(report).isLessThan(60);
        List<Outcome> seed = faults.stream().filter(r -> r.pattern() != null && r.pattern().matches("EP-00[1-8]")).toList();
        assertThat(seed).hasSize(8);
        assertThat(seed.stream().filter(Outcome::topRight).count()).as(report).isGreaterThanOrEqualTo(7);
        Outcome healthy = rows.stream().filter(r -> r.scenario().equals("healthy-baseline")).findFirst().orElseThrow();
        assertThat(healthy.falseIncidents()).as(report).isZero();
    }

    static List<Path> scenarioFiles() throws IOException {
        Path dir = Path.of(System.getProperty("fmscope.scenarios", "../scenarios"));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static double median(List<Outcome> rows) {
        double[] t = rows.stream().mapToDouble(Outcome::ttdSeconds).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (t.length == 0) return Double.NaN;
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    static String report(List<Outcome> rows) {
        List<Outcome> faults = rows.stream().filter(r -> r.fault() != null).toList();
        List<Outcome> seed = faults.stream().filter(r -> r.pattern() != null && r.pattern().matches("EP-00[1-8]")).toList();
        StringBuilder sb = new StringBuilder(Outcome.markdownHeader()).append('\n');
        rows.forEach(r -> sb.append(r.markdownRow()).append('\n'));
        double[] ttd = faults.stream().mapToDouble(Outcome::ttdSeconds).filter(v -> !Double.isNaN(v)).sorted().toArray();
        sb.append(String.format(Locale.ROOT, "%nFaults detected: %d of %d. Time to detect: median %.0f s, max %.0f s."
                        + " Top hypothesis right (category and component): %d of %d seed patterns (EP-001..EP-008), %d of %d faults."
                        + " False incidents: %d (healthy hour: %d).%n",
                faults.stream().filter(Outcome::detected).count(), faults.size(), median(faults),
                ttd.length == 0 ? Double.NaN : ttd[ttd.length - 1], seed.stream().filter(Outcome::topRight).count(), seed.size(),
                faults.stream().filter(Outcome::topRight).count(), faults.size(),
                rows.stream().mapToInt(Outcome::falseIncidents).sum(),
                rows.stream().filter(r -> r.scenario().equals("healthy-baseline")).mapToInt(Outcome::falseIncidents).sum()));
        return sb.toString();
    }
}
