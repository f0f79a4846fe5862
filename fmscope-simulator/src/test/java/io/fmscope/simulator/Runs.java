package io.fmscope.simulator;

import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.model.fmcall.ErrorDetails;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Shared helpers for tests that run the simulator. */
final class Runs {
  static final Path SCENARIOS = Path.of(System.getProperty("fmscope.scenarios"));
  /** 10:00 JST on a Monday. */
  static final Instant MORNING = Instant.parse("2025-06-02T01:00:00Z");
  static final ErrorClassifier CLASSIFIER = ErrorClassifier.withDefaults();

  /** A finished run and everything it logged. */
  record Run(Simulator simulator, RunSummary summary, RecordingSink sink) {}

  private Runs() {}

  static Scenario scenario(String file) {
    try {
      return ScenarioLoader.load(SCENARIOS.resolve(file));
    } catch (Exception e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }
  }

  static Run run(SimulatorBuilder b) {
    RecordingSink sink = new RecordingSink();
    Simulator sim = b.sink(sink).asFastAsPossible().build();
    return new Run(sim, sim.run(), sink);
  }

  /** The catalog pattern an FM_CALL's error classifies as (top match), or null. */
  static String pattern(ErrorDetails e) {
    List<PatternMatch> m = CLASSIFIER.match(ErrorInput.builder(e.errorMessage()).code(e.errorCode())
        .service(e.upstreamService()).build());
    return m.isEmpty() ? null : m.getFirst().patternId();
  }

  static boolean inRange(FmCallRecord r, Instant from, Instant to) {
    Instant t = r.timestamp();
    return !t.isBefore(from) && t.isBefore(to);
  }
}
