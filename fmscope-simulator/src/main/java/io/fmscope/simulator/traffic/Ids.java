package io.fmscope.simulator.traffic;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifiers drawn from the run's seeded generator, so a run with the same seed repeats them. */
public final class Ids {
  private Ids() {}

  /** A version-4 (random) UUID from {@code rng}. */
  public static String uuid(RandomGenerator rng) {
    long hi = (rng.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lo = (rng.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  /** {@code n} lowercase hex digits. */
  public static String hex(RandomGenerator rng, int n) {
    StringBuilder b = new StringBuilder(n);
    while (b.length() < n) {
      b.append(String.format("%016x", rng.nextLong()));
    }
    return b.substring(0, n);
  }
}
