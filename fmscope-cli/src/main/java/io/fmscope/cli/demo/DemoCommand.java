package io.fmscope.cli.demo;

import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.simulator.scenario.Durations;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioException;
import io.fmscope.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fmscope demo}: the whole loop on one machine. An embedded server (DuckDB in a temporary directory, a
 * random port), the MangaAssist simulator with a scripted Bedrock throttling incident on a compressed clock, a
 * live summary, the diagnosis once the incident is detected, then the server stays up for queries until Ctrl-C.
 * With {@code --duration} it ends on its own: exit 0 when the incident was detected and diagnosed, 1 otherwise.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs MangaAssist with a scripted incident against an embedded fmscope server.",
                "Shows a live summary, the detection and the diagnosis; then the server stays up for queries",
                "(Ctrl-C to stop)."})
public final class DemoCommand implements Callable<Integer> {
    static final String SCENARIO_RESOURCE = "demo-scenario.yaml";
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--duration", paramLabel = "D",
            description = "Stop after D of wall-clock time (e.g. 3m) and exit 0 if the incident was detected and diagnosed.")
    String duration;

    @Option(names = "--speed", paramLabel = "X",
            description = "Simulated seconds per second, or max (default: 10, or what fits the simulation in 70% of --duration).")
    String speed;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N", description = "Server port (default: a free one).")
    int port;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Another scenario file (default: the built-in demo).")
    Path scenarioFile;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Simulator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the server's data here (default: a temporary directory, deleted at exit).")
    Path dataDir;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration limit = duration == null ? null : parse(duration);
        Scenario scenario = scenario();
        double pace = speed != null ? pace(speed) : limit == null ? 10
                : Math.max(1, scenario.duration().toMillis() / (0.7 * limit.toMillis()));
        // The embedded server logs at INFO to stderr, which would scroll through the live screen.
        if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) System.setProperty(SIMPLE_LOGGER_LEVEL, "warn");
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("fmscope-demo-") : Files.createDirectories(dataDir);
        Path records = dir.resolve("records.jsonl");
        FmscopeServer server = FmscopeServer.start(ServerConfig.defaults().withPort(port)
                .withStorage("duckdb", dir.resolve("data")), new ReferenceInsightsEngine());
        URI url = URI.create("http://127.0.0.1:" + server.port());
        DemoTraffic traffic = new SimulatedTraffic(scenario, seed);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> shutdown(traffic, server, temporary ? dir : null, closed));
        Runtime.getRuntime().addShutdownHook(hook);
        String header = String.format(java.util.Locale.ROOT, "fmscope demo: MangaAssist, scenario %s (%s simulated at %s)%n"
                + "server %s   records %s", scenario.name(), Durations.format(scenario.duration()),
                Double.isInfinite(pace) ? "full speed" : String.format(java.util.Locale.ROOT, "%.1fx", pace), url, records);
        LiveScreen screen = new LiveScreen(out, stdoutIsTerminal(), header, scenario.duration());
        DemoRun run = new DemoRun(server, traffic, screen, out);
        long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        run.run(url, records, pace, deadline);
        run.summary(url, records);
        if (limit == null) {
            out.println("\nCtrl-C stops the server.");
            out.flush();
            closed.await(); // until Ctrl-C: the shutdown hook closes everything
            return 0;
        }
        long left = deadline - System.nanoTime();
        if (left > 0) Thread.sleep(left / 1_000_000);
        Runtime.getRuntime().removeShutdownHook(hook);
        shutdown(traffic, server, temporary ? dir : null, closed);
        out.println(run.detectedAndDiagnosed() ? "\nDemo finished: the incident was detected and diagnosed."
                : "\nDemo finished: the incident was NOT detected and diagnosed.");
        out.flush();
        return run.detectedAndDiagnosed() ? 0 : 1;
    }

    private Scenario scenario() throws IOException, ScenarioException {
        if (scenarioFile != null) return ScenarioLoader.load(scenarioFile);
        try (InputStream in = DemoCommand.class.getResourceAsStream(SCENARIO_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + SCENARIO_RESOURCE);
            return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SCENARIO_RESOURCE);
        }
    }

    private double pace(String text) {
        if (text.equalsIgnoreCase("max")) return Double.POSITIVE_INFINITY;
        try {
            double v = Double.parseDouble(text);
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--speed takes a positive number or max, not " + text);
    }

    private Duration parse(String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--duration: " + e.getMessage());
        }
    }

    private static void shutdown(DemoTraffic traffic, FmscopeServer server, Path deleteDir, CountDownLatch closed) {
        if (closed.getCount() == 0) return;
        traffic.stop();
        server.close();
        if (deleteDir != null) deleteQuietly(deleteDir);
        closed.countDown();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** JDK 22+ returns a Console even when redirected; isTerminal() tells the truth there. */
    static boolean stdoutIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
