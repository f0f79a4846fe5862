package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultCatalog;
import io.fmscope.simulator.scenario.FaultDefinition;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.scenario.FaultSpec;
import io.fmscope.simulator.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The faults of a run in simulated time, plus the healthy background error rates, which are modelled as
 * faults active for the whole run at small shares. Services ask it whether a call is hit; each active
 * window of the asked (component, kind) draws with its share.
 */
public final class FaultPlan {
  /** Fault id of background errors. */
  public static final String BACKGROUND = "background";

  /** A fault active in {@code [startNanos, endNanos)}. */
  public record Window(FaultSpec spec, FaultDefinition definition, long startNanos, long endNanos) {
    boolean active(long now, String model) {
      return now >= startNanos && now < endNanos
          && (spec.model() == null || model == null || spec.model().equals(model));
    }

    public boolean background() {
      return BACKGROUND.equals(spec.id());
    }
  }

  private final Map<Component, Map<FaultKind, List<Window>>> index = new EnumMap<>(Component.class);
  private final List<Window> scenario = new ArrayList<>();
  private final RandomGenerator rng;

  public FaultPlan(Scenario s, long startNanos, RandomGenerator rng) {
    this.rng = rng;
    FaultCatalog catalog = FaultCatalog.builtIn();
    for (FaultSpec f : s.faults()) {
      Window w = new Window(f, catalog.get(f.component(), f.kind()), startNanos + f.start().toNanos(),
          startNanos + f.end().toNanos());
      scenario.add(w);
      add(w);
    }
    double scale = s.baseline().backgroundErrors();
    if (scale > 0) {
      long end = startNanos + s.duration().toNanos();
      for (Background b : Background.RATES) {
        FaultSpec spec = new FaultSpec(BACKGROUND, Duration.ZERO, s.duration(), b.component(), b.kind(),
            Math.min(1, b.share() * scale), null);
        add(new Window(spec, catalog.get(b.component(), b.kind()), startNanos, end));
      }
    }
  }

  private void add(Window w) {
    index.computeIfAbsent(w.spec().component(), c -> new EnumMap<>(FaultKind.class))
        .computeIfAbsent(w.spec().kind(), k -> new ArrayList<>()).add(w);
  }

  /** The window that hits this call, or null. Share faults draw; multiplier faults never "hit". */
  public Window hit(Component c, FaultKind k, long now, String model) {
    return hit(c, k, now, model, 1.0);
  }

  /** As {@link #hit}, with each share multiplied by {@code weight} (e.g. more filtering for mature titles). */
  public Window hit(Component c, FaultKind k, long now, String model, double weight) {
    for (Window w : windows(c, k)) {
      if (w.active(now, model) && k.intensity() == FaultKind.Intensity.SHARE
          && rng.nextDouble() < Math.min(1, w.spec().intensity() * weight)) {
        return w;
      }
    }
    return null;
  }

  /** The product of the active multipliers of (c, k); 1 when none is active. */
  public double multiplier(Component c, FaultKind k, long now, String model) {
    double m = 1;
    for (Window w : windows(c, k)) {
      if (w.active(now, model) && k.intensity() == FaultKind.Intensity.MULTIPLIER) {
        m *= w.spec().intensity();
      }
    }
    return m;
  }

  /** The first active multiplier window of (c, k), or null. */
  public Window activeMultiplier(Component c, FaultKind k, long now, String model) {
    for (Window w : windows(c, k)) {
      if (w.active(now, model) && k.intensity() == FaultKind.Intensity.MULTIPLIER) {
        return w;
      }
    }
    return null;
  }

  /** Ids of the scenario's faults active at {@code now} (background excluded). */
  public List<String> activeIds(long now) {
    List<String> ids = new ArrayList<>();
    for (Window w : scenario) {
      if (now >= w.startNanos() && now < w.endNanos()) {
        ids.add(w.spec().id());
      }
    }
    return ids;
  }

  private List<Window> windows(Component c, FaultKind k) {
    return index.getOrDefault(c, Map.of()).getOrDefault(k, List.of());
  }
}
