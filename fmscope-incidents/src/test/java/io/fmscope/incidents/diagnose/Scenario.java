package io.fmscope.incidents.diagnose;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.detect.IncidentDetector;
import io.fmscope.incidents.testing.Fault;
import io.fmscope.incidents.testing.Traffic;
import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.memory.MemoryLogStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Synthetic traffic with faults, stored in a memory store and watched by a detector, as the server does. */
final class Scenario {
    static final long START = 1_714_557_600_000L;
    static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();

    final MemoryLogStore store = new MemoryLogStore();
    final IncidentDetector detector = new IncidentDetector(DetectorConfig.defaults(), CATALOG);
    final Diagnoser diagnoser = new Diagnoser(store, CATALOG, DetectorConfig.defaults());
    final long endMillis;

    Scenario(long seed, int seconds, List<Fault> faults) {
        store.groups().create(Traffic.GROUP, START);
        store.streams().create(Traffic.GROUP, Traffic.STREAM, START);
        Traffic traffic = new Traffic(START, 12, seed, faults);
        List<LogEvent> pending = new ArrayList<>();
        for (int s = 0; s < seconds; s += 5) {
            List<LogEvent> batch = new ArrayList<>(traffic.between(s, s + 5));
            batch.sort(Comparator.comparingLong(LogEvent::timestamp));
            detector.accept(batch);
            pending.addAll(batch);
            if (pending.size() > 1000 || s + 5 >= seconds) {
                store.writer().append(pending); // the memory store recounts a group per append: few, large appends
                pending = new ArrayList<>();
            }
        }
        endMillis = START + seconds * 1000L;
        detector.advanceTo(endMillis);
    }

    Incident onlyIncident() {
        List<Incident> all = detector.incidents();
        if (all.size() != 1) throw new AssertionError("expected one incident, got " + all);
        return all.getFirst();
    }

    Diagnosis diagnoseOnlyIncident() {
        return diagnoser.diagnose(onlyIncident(), Instant.ofEpochMilli(endMillis));
    }
}
