package io.fmscope.cli.simulate;

import io.fmscope.sdk.export.ExporterStats;
import io.fmscope.sdk.export.FileSink;
import io.fmscope.simulator.Rate;
import io.fmscope.simulator.RunSummary;
import io.fmscope.simulator.Simulator;
import io.fmscope.simulator.SimulatorBuilder;
import io.fmscope.simulator.output.Otlp;
import io.fmscope.simulator.output.ServerSink;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Durations;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioException;
import io.fmscope.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fmscope simulate}: runs a MangaAssist scenario against an fmscope server (records to
 * {@code /ingest/jsonl}, spans to {@code /v1/traces}) and/or into a JSON-lines file, with a live one-line
 * summary on stderr, and writes the run's ground truth.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Runs a MangaAssist scenario (scenarios/*.yaml) against a server or into a file.")
public final class SimulateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--server", paramLabel = "URL", description = "fmscope server, e.g. http://127.0.0.1:4580")
  URI server;

  @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "scenario file, e.g. scenarios/ep-001-bedrock-throttling.yaml")
  Path scenarioFile;

  @Option(names = "--speed", defaultValue = "1", paramLabel = "X",
      description = "simulated seconds per second: 1 = real time, 144 = a day in ten minutes, max = as fast as possible (default: ${DEFAULT-VALUE})")
  String speed;

  @Option(names = "--rate", paramLabel = "R", description = "messages per unit of time, e.g. 1M/day, 12/s (default: the scenario's)")
  String rate;

  @Option(names = "--duration", paramLabel = "D", description = "simulated length, e.g. 30m (default: the scenario's)")
  String duration;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--start", paramLabel = "INSTANT", description = "simulated start, ISO-8601 (default: so that the run ends now)")
  Instant start;

  @Option(names = "--out", paramLabel = "FILE", description = "also (or only) append the records to this JSON-lines file")
  Path out;

  @Option(names = "--ground-truth", paramLabel = "FILE", description = "where to write the ground truth (default: ground-truth-<scenario>.json)")
  Path groundTruth;

  @Option(names = "--log-group", defaultValue = ServerSink.DEFAULT_LOG_GROUP, paramLabel = "G", description = "log group on the server (default: ${DEFAULT-VALUE})")
  String logGroup;

  @Option(names = "--log-stream", paramLabel = "S", description = "log stream (default: simulator/<scenario>/<seed>)")
  String logStream;

  @Option(names = "--no-traces", description = "do not send spans to the server")
  boolean noTraces;

  @Option(names = "--background-errors", paramLabel = "X", description = "scale of the healthy background errors, 0 for none (default: the scenario's)")
  Double backgroundErrors;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (server == null && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --server URL, --out FILE, or both");
    }
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(scenarioFile);
    } catch (ScenarioException e) {
      err.println("fmscope simulate: the scenario is invalid:");
      e.problems().forEach(p -> err.println("  " + p));
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("fmscope simulate: cannot read " + scenarioFile + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    SimulatorBuilder b = Simulator.builder().scenario(scenario).seed(seed);
    double pace = parseSpeed();
    b.speed(pace);
    try {
      if (rate != null) {
        b.rate(Rate.parse(rate));
      }
      if (duration != null) {
        b.duration(Durations.parse(duration));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (start != null) {
      b.start(start);
    }
    if (backgroundErrors != null) {
      b.backgroundErrors(backgroundErrors);
    }
    ServerSink serverSink = null;
    if (server != null) {
      String reach = Reachability.check(server);
      if (reach != null) {
        err.println("fmscope simulate: " + reach);
        err.flush();
        return 1;
      }
      serverSink = ServerSink.start(server, logGroup,
          logStream != null ? logStream : "simulator/" + scenario.name() + "/" + seed);
      b.sink(serverSink);
      if (!noTraces) {
        b.spans(SpanOutput.to(Otlp.exporter(server)));
      }
    }
    if (out != null) {
      try {
        b.sink(FileSink.append(out));
      } catch (IOException e) {
        err.println("fmscope simulate: cannot open " + out + ": " + e.getMessage());
        err.flush();
        return 1;
      }
    }
    Path truth = groundTruth != null ? groundTruth : Path.of("ground-truth-" + scenario.name() + ".json");
    b.groundTruth(truth);
    LiveLine live = new LiveLine(err, System.console() != null);
    Duration every = Double.isInfinite(pace) ? Duration.ofMinutes(1)
        : Duration.ofMillis(Math.max(1_000, (long) (pace * 500)));
    b.stats(live::show, every);
    Simulator sim = b.build();
    err.printf("simulating %s from %s for %s at %s (seed %d)%n", scenario.name(), sim.start(),
        Durations.format(sim.scenario().duration()), Double.isInfinite(pace) ? "maximum speed" : pace + "x", seed);
    err.flush();
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      sim.stop();
      awaitQuietly(done);
    });
    Runtime.getRuntime().addShutdownHook(hook);
    RunSummary r;
    try {
      r = sim.run();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and waited for us
      }
    }
    live.finish();
    return report(r, serverSink, truth);
  }

  private int report(RunSummary r, ServerSink serverSink, Path truth) {
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s: %,d turns, %,d not successful (%.2f%%), p50 %.0f ms, p99 %.0f ms, $%.2f%s%n",
        r.groundTruth().scenario(), r.turns(), r.errors(), r.errorRate() * 100, r.p50Ms(), r.p99Ms(), r.costUsd(),
        r.stopped() ? " (stopped early)" : "");
    o.printf("simulated %s .. %s; ground truth: %s%n", r.start(), r.end(), truth.toAbsolutePath());
    int code = 0;
    if (serverSink != null) {
      ExporterStats s = serverSink.stats();
      o.printf(Locale.ROOT, "records sent to %s: %,d (%,d failed, %,d dropped)%n", server, s.sent(), s.failed(),
          s.dropped());
      if (s.failed() > 0 || s.dropped() > 0) {
        code = 1;
      }
    }
    if (out != null) {
      o.printf("records appended to %s%n", out.toAbsolutePath());
    }
    o.flush();
    return code;
  }

  private double parseSpeed() {
    if (speed.equalsIgnoreCase("max")) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      double v = Double.parseDouble(speed);
      if (v > 0 && !Double.isInfinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--speed must be a positive number or 'max', not '" + speed + "'");
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      done.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
