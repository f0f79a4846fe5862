package io.fmscope.incidents.suite;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.detect.IncidentDetector;
import io.fmscope.incidents.diagnose.Diagnoser;
import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.incidents.diagnose.Hypothesis;
import io.fmscope.simulator.Simulator;
import io.fmscope.simulator.scenario.GroundTruth;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioLoader;
import io.fmscope.storage.memory.MemoryLogStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one shipped scenario through the real simulator as fast as possible (simulated clock), feeds the
 * detector on the data clock, diagnoses the incident that covers each fault, and scores it against the run's
 * ground truth.
 */
final class ScenarioRun {
    /** A simulated start on a weekday afternoon in Japan (the daily rhythm's busy hours). */
    static final Instant START = Instant.parse("2024-05-01T04:00:00Z");
    /** An incident opened this long after a fault ended still belongs to it (its aftermath: recovery, retries). */
    static final Duration AFTERMATH = Duration.ofMinutes(3);
    private static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();

    private ScenarioRun() {}

    static List<Outcome> run(Path file, long seed) throws Exception {
        Scenario scenario = ScenarioLoader.load(file);
        DetectorConfig config = DetectorConfig.defaults();
        IncidentDetector detector = new IncidentDetector(config, CATALOG);
        try (MemoryLogStore store = new MemoryLogStore()) {
            EventCollector collector = new EventCollector(detector, store, START.toEpochMilli());
            Simulator sim = Simulator.builder().scenario(scenario).seed(seed).start(START).asFastAsPossible()
                    .sink(collector).build();
            sim.run();
            long records = collector.finish();
            GroundTruth truth = sim.groundTruth();
            Diagnoser diagnoser = new Diagnoser(store, CATALOG, config);
            return score(truth, detector.incidents(), diagnoser, records);
        }
    }

    private static List<Outcome> score(GroundTruth truth, List<Incident> incidents, Diagnoser diagnoser, long records) {
        List<Outcome> rows = new ArrayList<>();
        int falseIncidents = (int) incidents.stream().filter(i -> truth.faults().stream().noneMatch(f -> explains(f, i))).count();
        if (truth.faults().isEmpty()) {
            rows.add(new Outcome(truth.scenario(), truth.pattern(), null, null, null, null, false, Double.NaN, null, null, 0,
                    false, false, 0, falseIncidents, records));
        }
        for (GroundTruth.FaultWindow f : truth.faults()) {
            Incident hit = incidents.stream().filter(i -> !i.openedAt().isBefore(f.start()) && explains(f, i)).findFirst()
                    .orElse(null);
            String expected = f.diagnosis().category();
            if (hit == null) {
                rows.add(new Outcome(truth.scenario(), truth.pattern(), f.id(), f.component(), f.kind(), expected, false,
                        Double.NaN, null, null, 0, false, false, 0, falseIncidents, records));
                continue;
            }
            Diagnosis d = diagnoser.diagnose(hit, truth.end());
            Hypothesis top = d.hypotheses().isEmpty() ? null : d.hypotheses().getFirst();
            int rank = 0;
            for (Hypothesis h : d.hypotheses())
                if (rank == 0 && h.category().equals(expected) && sameComponent(h.component(), f.component())) rank = h.rank();
            double ttd = Duration.between(f.start(), hit.openedAt()).toMillis() / 1000.0;
            rows.add(new Outcome(truth.scenario(), truth.pattern(), f.id(), f.component(), f.kind(), expected, true, ttd,
                    top == null ? null : top.category(), top == null ? null : top.component(),
                    top == null ? 0 : top.confidence(), top != null && top.category().equals(expected),
                    top != null && sameComponent(top.component(), f.component()), rank, falseIncidents, records));
        }
        return rows;
    }

    /** An incident belongs to a fault when it opened during the fault or its aftermath. */
    private static boolean explains(GroundTruth.FaultWindow f, Incident i) {
        return !i.openedAt().isBefore(f.start()) && i.openedAt().isBefore(f.end().plus(AFTERMATH));
    }

    /** The simulator names the deployment "deployment"; fmscope calls it "deployment/config". */
    static boolean sameComponent(String diagnosed, String truth) {
        return diagnosed.equals(truth) || diagnosed.equals("deployment/config") && truth.equals("deployment");
    }
}
