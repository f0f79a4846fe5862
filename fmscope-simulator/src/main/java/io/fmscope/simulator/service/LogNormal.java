package io.fmscope.simulator.service;

import java.util.random.RandomGenerator;

/**
 * Log-normal latencies: {@code median * exp(sigma * Z)}. Service latencies are skewed with a long right
 * tail, which a log-normal reproduces with two intuitive numbers (the p99 is {@code median * e^(2.33 sigma)}).
 */
public record LogNormal(double medianMs, double sigma) {
  public double sample(RandomGenerator rng) {
    return medianMs * Math.exp(sigma * rng.nextGaussian());
  }
}
