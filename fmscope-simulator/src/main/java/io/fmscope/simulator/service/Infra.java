package io.fmscope.simulator.service;

import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.ErrorSpec;
import io.fmscope.simulator.scenario.FaultCatalog;
import io.fmscope.simulator.scenario.FaultKind;
import java.util.random.RandomGenerator;

/**
 * What every simulated service shares: the turn's clock (each call advances it by its latency), the
 * latency generator and the fault plan.
 */
public record Infra(SimClock clock, RandomGenerator rng, FaultPlan faults) {

  public long now() {
    return clock.epochNanos();
  }

  /** Samples {@code l}, advances the clock by it and returns it. */
  public double spend(LogNormal l) {
    double ms = l.sample(rng);
    clock.advanceMillis(ms);
    return ms;
  }

  public double spend(double ms) {
    clock.advanceMillis(ms);
    return ms;
  }

  /** The error a fault window injects. */
  public static ServiceException error(FaultPlan.Window w, String model, String sessionId, Long tokens) {
    ErrorSpec e = w.definition().error();
    return new ServiceException(e, e.render(model, sessionId, tokens), w.definition().upstream(), w.spec().id(),
        w.definition().status());
  }

  /** The error of (c, k) from the fault table, caused by {@code faultId} (e.g. a latency fault's timeout). */
  public static ServiceException error(Component c, FaultKind k, String faultId, String model, String sessionId) {
    var d = FaultCatalog.builtIn().get(c, k);
    ErrorSpec e = d.error();
    return new ServiceException(e, e.render(model, sessionId, null), d.upstream(), faultId, d.status());
  }
}
