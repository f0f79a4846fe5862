package io.fmscope.simulator.output;

import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * X-Ray-compatible trace ids (first 4 bytes: the epoch second) taken from the simulated clock and the
 * run's seeded generator, so a run with the same seed produces the same trace ids. Used only on the
 * simulation thread.
 */
public final class SeededIdGenerator implements IdGenerator {
  private final RandomGenerator rng;
  private final LongSupplier epochSeconds;

  public SeededIdGenerator(RandomGenerator rng, LongSupplier epochSeconds) {
    this.rng = rng;
    this.epochSeconds = epochSeconds;
  }

  @Override
  public String generateSpanId() {
    long id;
    do {
      id = rng.nextLong();
    } while (id == 0);
    return SpanId.fromLong(id);
  }

  @Override
  public String generateTraceId() {
    long high = (epochSeconds.getAsLong() & 0xFFFF_FFFFL) << 32 | (rng.nextLong() & 0xFFFF_FFFFL);
    long low;
    do {
      low = rng.nextLong();
    } while (low == 0);
    return TraceId.fromLongs(high, low);
  }
}
