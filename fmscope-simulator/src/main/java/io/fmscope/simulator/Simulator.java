package io.fmscope.simulator;

import io.fmscope.sdk.export.LogSink;
import io.fmscope.simulator.clock.Pacer;
import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.orchestrator.Orchestrator;
import io.fmscope.simulator.orchestrator.TurnResult;
import io.fmscope.simulator.output.SeededIdGenerator;
import io.fmscope.simulator.output.ServerSink;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.GroundTruth;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.service.FaultPlan;
import io.fmscope.simulator.stats.StatsWindow;
import io.fmscope.simulator.traffic.DailyRhythm;
import io.fmscope.simulator.traffic.MangaCatalog;
import io.fmscope.simulator.traffic.QuestionGenerator;
import io.fmscope.simulator.traffic.TextBank;
import io.fmscope.simulator.traffic.TrafficSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The MangaAssist simulator: runs a {@link Scenario} on a simulated clock, handling every chat turn with
 * the instrumented orchestrator and writing the records to the sinks, the spans to the span output and
 * the ground truth to a file. Deterministic: the same scenario, seed, start and rate give the same
 * records. Build with {@link #builder()}; {@link #run()} blocks until the simulated duration has passed
 * (or {@link #stop()} is called) and then flushes and closes the sinks and the span output.
 *
 * <pre>{@code
 * RunSummary r = Simulator.builder().scenario(ScenarioLoader.load(Path.of("scenarios/ep-001-bedrock-throttling.yaml")))
 *     .seed(7).speed(60).sink(ServerSink.start(URI.create("http://127.0.0.1:4580"), "/ecs/manga-assist-orchestrator", "sim"))
 *     .spans(SpanOutput.to(Otlp.exporter(URI.create("http://127.0.0.1:4580"))))
 *     .stats(s -> System.out.println(s.line()), Duration.ofSeconds(30)).build().run();
 * }</pre>
 */
public final class Simulator {
  private static final long BACKPRESSURE_LINES = 200_000;

  private final SimulatorBuilder config;
  private final Scenario scenario;
  private final Instant start;
  private final GroundTruth truth;
  private volatile boolean stopRequested;

  Simulator(SimulatorBuilder b, Scenario scenario, Instant start) {
    this.config = b;
    this.scenario = scenario;
    this.start = start;
    this.truth = GroundTruth.of(scenario, b.seed, scenario.baseline().rate().perDay(), b.speed, start);
  }

  public static SimulatorBuilder builder() {
    return new SimulatorBuilder();
  }

  /** Simulated start of the run. */
  public Instant start() {
    return start;
  }

  /** The scenario as run (rate, duration and background overrides applied). */
  public Scenario scenario() {
    return scenario;
  }

  /** What this run injects and when; also written to the ground-truth file when one was configured. */
  public GroundTruth groundTruth() {
    return truth;
  }

  /** Ends a running {@link #run()} after the turn in progress; safe from any thread. */
  public void stop() {
    stopRequested = true;
  }

  /** Runs the scenario to its end (or until stopped or interrupted), then flushes and closes the outputs. */
  public RunSummary run() {
    writeTruth();
    SplittableRandom root = new SplittableRandom(config.seed);
    SplittableRandom traffic = root.split();
    SplittableRandom latencies = root.split();
    SplittableRandom faults = root.split();
    SplittableRandom ids = root.split();
    SplittableRandom answers = root.split();
    SplittableRandom jitter = root.split();
    SplittableRandom spanIds = root.split();
    long startNanos = SimClock.toNanos(start);
    long endNanos = startNanos + scenario.duration().toNanos();
    SimClock clock = new SimClock(start);
    FaultPlan plan = new FaultPlan(scenario, startNanos, faults);
    Orchestrator orchestrator = new Orchestrator(clock, plan, scenario.baseline().tasks(), config.sinks,
        config.spans, new SeededIdGenerator(spanIds, () -> Math.floorDiv(clock.epochNanos(), 1_000_000_000L)),
        latencies, ids, answers, jitter);
    TrafficSource source = new TrafficSource(scenario.baseline().rate(), new DailyRhythm(scenario.baseline().rhythm()),
        startNanos, traffic, new QuestionGenerator(MangaCatalog.builtIn(), TextBank.builtIn()));
    Pacer pacer = new Pacer(config.speed, startNanos, config.wallNanos, config.sleeper);
    StatsWindow window = new StatsWindow(60);
    Map<String, Long> byFault = new HashMap<>();
    long every = config.statsEvery.toNanos();
    long nextStats = startNanos + every;
    long lastAt = startNanos;
    boolean stopped = false;
    try {
      for (long n = 0; ; n++) {
        if (stopRequested || Thread.currentThread().isInterrupted()) {
          stopped = true;
          break;
        }
        TrafficSource.Arrival a = source.next();
        if (a.atNanos() >= endNanos) {
          break;
        }
        pacer.await(a.atNanos());
        for (; a.atNanos() >= nextStats; nextStats += every) {
          report(window, nextStats, startNanos, plan);
        }
        TurnResult r = orchestrator.handle(a);
        lastAt = a.atNanos();
        window.record(r);
        if (r.faultId() != null) {
          byFault.merge(r.faultId(), 1L, Long::sum);
        }
        source.completed(a, SimClock.toNanos(r.at()));
        if ((n & 63) == 0) {
          backpressure();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
    report(window, Math.max(lastAt, Math.min(endNanos, nextStats)), startNanos, plan);
    config.spans.close();
    boolean flushed = orchestrator.flush(Duration.ofSeconds(120));
    orchestrator.close();
    return new RunSummary(truth, start, Instant.ofEpochSecond(0, lastAt), window.requests(), window.errors(),
        window.percentile(50), window.percentile(99), window.cost(), window.cacheHits(), byFault, stopped, flushed);
  }

  private void report(StatsWindow w, long atNanos, long startNanos, FaultPlan plan) {
    if (config.listener == null) {
      return;
    }
    StatsWindow.Snapshot s = w.window(Math.floorDiv(atNanos, 1_000_000_000L));
    double span = Math.min(s.seconds(), Math.max(1, (atNanos - startNanos) / 1e9));
    LiveStats stats = new LiveStats(Instant.ofEpochSecond(0, atNanos), Duration.ofNanos(atNanos - startNanos),
        s.count() / span, s.p50Ms(), s.p99Ms(), s.count() == 0 ? 0 : (double) s.errors() / s.count(),
        s.cost() / span * 3_600, s.count() == 0 ? 0 : (double) s.cacheHits() / s.count(), w.requests(), w.errors(),
        w.cost(), plan.activeIds(atNanos));
    try {
      config.listener.onStats(stats);
    } catch (RuntimeException ignored) {
      // a display must not stop the simulation
    }
  }

  /** Waits while a server sink has a large backlog: a fast simulation must not outrun the server. */
  private void backpressure() throws InterruptedException {
    for (LogSink s : config.sinks) {
      if (s instanceof ServerSink server) {
        while (server.queued() > BACKPRESSURE_LINES && !stopRequested) {
          Thread.sleep(5);
        }
      }
    }
  }

  private void writeTruth() {
    if (config.groundTruthFile == null) {
      return;
    }
    try {
      truth.write(config.groundTruthFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ground truth to " + config.groundTruthFile, e);
    }
  }

  /** The sinks the run writes to (for callers that want their statistics). */
  public List<LogSink> sinks() {
    return List.copyOf(config.sinks);
  }

}
