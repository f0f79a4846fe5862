package io.fmscope.simulator;

import io.fmscope.sdk.export.LogSink;
import io.fmscope.simulator.clock.Pacer;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Scenario;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/** Configures a {@link Simulator}; every setting but the scenario has a default. */
public final class SimulatorBuilder {
  Scenario scenario;
  long seed = 1;
  Rate rate;
  Double backgroundErrors;
  double speed = 1.0;
  Instant start;
  Duration duration;
  final List<LogSink> sinks = new ArrayList<>();
  SpanOutput spans = SpanOutput.none();
  StatsListener listener;
  Duration statsEvery = Duration.ofSeconds(10);
  Path groundTruthFile;
  Clock wallClock = Clock.systemUTC();
  LongSupplier wallNanos = System::nanoTime;
  Pacer.NanoSleeper sleeper = Pacer.NanoSleeper.system();

  SimulatorBuilder() {}

  public SimulatorBuilder scenario(Scenario s) {
    scenario = Objects.requireNonNull(s, "scenario");
    return this;
  }

  /** Seed of every random choice (default 1). */
  public SimulatorBuilder seed(long s) {
    seed = s;
    return this;
  }

  /** Overrides the scenario's mean message rate. */
  public SimulatorBuilder rate(Rate r) {
    rate = r;
    return this;
  }

  /** Overrides the scenario's background error scale (0 = no background errors). */
  public SimulatorBuilder backgroundErrors(double scale) {
    backgroundErrors = scale;
    return this;
  }

  /**
   * Simulated seconds per wall second (default 1: real time; 144 runs a day in ten minutes);
   * {@link Double#POSITIVE_INFINITY} runs as fast as possible.
   */
  public SimulatorBuilder speed(double s) {
    if (!(s > 0)) {
      throw new IllegalArgumentException("speed must be > 0, got " + s);
    }
    speed = s;
    return this;
  }

  public SimulatorBuilder asFastAsPossible() {
    return speed(Double.POSITIVE_INFINITY);
  }

  /**
   * The simulated start. Default: chosen so that the run ends at the wall-clock present
   * ({@code now - duration * (1 - 1/speed)}): simulated time never runs ahead of wall time, and every
   * timestamp is recent enough for the server (CloudWatch rules: at most 14 days old, 2 hours ahead).
   */
  public SimulatorBuilder start(Instant s) {
    start = s;
    return this;
  }

  /** Overrides the scenario's duration; faults past it are dropped, faults crossing it are cut. */
  public SimulatorBuilder duration(Duration d) {
    if (d != null && (d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("duration must be positive");
    }
    duration = d;
    return this;
  }

  /** Adds a record sink (server, file, memory...); the run closes it at the end. */
  public SimulatorBuilder sink(LogSink s) {
    sinks.add(Objects.requireNonNull(s, "sink"));
    return this;
  }

  /** Where spans go (default: none); the run closes it at the end. */
  public SimulatorBuilder spans(SpanOutput s) {
    spans = Objects.requireNonNull(s, "spans");
    return this;
  }

  /** Calls {@code l} every {@code every} of simulated time with the last minute's statistics. */
  public SimulatorBuilder stats(StatsListener l, Duration every) {
    listener = l;
    statsEvery = every == null || every.isNegative() || every.isZero() ? Duration.ofSeconds(10) : every;
    return this;
  }

  /** Writes the ground truth to {@code file} when the run starts. */
  public SimulatorBuilder groundTruth(Path file) {
    groundTruthFile = file;
    return this;
  }

  /** The wall clock of the default start, and the monotonic clock and sleep used for pacing (tests fake them). */
  public SimulatorBuilder wallClock(Clock c, LongSupplier nanoTime, Pacer.NanoSleeper sleep) {
    wallClock = Objects.requireNonNull(c);
    wallNanos = Objects.requireNonNull(nanoTime);
    sleeper = Objects.requireNonNull(sleep);
    return this;
  }

  public Simulator build() {
    if (scenario == null) {
      throw new IllegalStateException("a scenario is required");
    }
    Scenario s = duration == null ? scenario : scenario.withDuration(duration);
    if (rate != null) {
      s = s.withBaseline(s.baseline().withRate(rate));
    }
    if (backgroundErrors != null) {
      s = s.withBaseline(s.baseline().withBackgroundErrors(backgroundErrors));
    }
    Instant st = start;
    if (st == null) {
      double behind = Double.isInfinite(speed) ? 1 : Math.max(0, 1 - 1 / speed);
      st = wallClock.instant().minusMillis((long) (s.duration().toMillis() * behind)).truncatedTo(ChronoUnit.MILLIS);
    }
    return new Simulator(this, s, st);
  }
}
