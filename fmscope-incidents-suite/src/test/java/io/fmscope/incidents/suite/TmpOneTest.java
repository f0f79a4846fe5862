package io.fmscope.incidents.suite;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.detect.*;
import io.fmscope.simulator.Simulator;
import io.fmscope.simulator.scenario.ScenarioLoader;
import io.fmscope.storage.memory.MemoryLogStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TmpOneTest {
    @Test void dump() throws Exception {
        for (String name : new String[] {"ep-002-bedrock-timeout", "ep-006-session-corruption"}) {
        IncidentDetector d = new IncidentDetector(DetectorConfig.defaults(), ErrorCatalog.builtIn());
        try (MemoryLogStore store = new MemoryLogStore()) {
            EventCollector c = new EventCollector(d, store, ScenarioRun.START.toEpochMilli());
            Simulator.builder().scenario(ScenarioLoader.load(Path.of("../scenarios/" + name + ".yaml"))).seed(2)
                    .start(ScenarioRun.START).asFastAsPossible().sink(c).build().run();
            c.finish();
            for (var i : d.incidents()) {
                System.out.println("INCIDENT " + name + " " + i.id() + " " + i.status() + " " + i.openedAt() + " " + i.closedAt() + " " + i.title());
                for (var s : i.signals()) System.out.println("   SIG " + s.signal() + " departed " + s.departedAt() + " rec " + s.recoveredAt() + " first " + s.first());
            }
        }
        }
    }
}
