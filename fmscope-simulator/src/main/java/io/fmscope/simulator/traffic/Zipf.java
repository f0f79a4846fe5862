package io.fmscope.simulator.traffic;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Ranks 0..n-1 drawn with probability proportional to {@code 1 / (rank + 1)^s}: a few titles get most questions. */
public final class Zipf {
  private final double[] cdf;

  public Zipf(int n, double s) {
    cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cdf[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
  }

  public int draw(RandomGenerator rng) {
    int i = Arrays.binarySearch(cdf, rng.nextDouble());
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }
}
