package io.fmscope.simulator.scenario;

import io.fmscope.simulator.Rate;

/**
 * The healthy application a scenario starts from.
 *
 * @param rate mean messages per unit of time (default the seed's 1M/day)
 * @param rhythm daily rhythm or flat
 * @param backgroundErrors scale of the healthy background error rates (1 = as built in, 0 = none)
 * @param tasks orchestrator ECS tasks serving requests
 */
public record Baseline(Rate rate, Rhythm rhythm, double backgroundErrors, int tasks) {
  public static final Baseline DEFAULT = new Baseline(Rate.SEED_DEFAULT, Rhythm.DAILY, 1.0, 4);

  public Baseline withRate(Rate r) {
    return new Baseline(r, rhythm, backgroundErrors, tasks);
  }

  public Baseline withBackgroundErrors(double scale) {
    return new Baseline(rate, rhythm, scale, tasks);
  }

  public Baseline withRhythm(Rhythm r) {
    return new Baseline(rate, r, backgroundErrors, tasks);
  }
}
