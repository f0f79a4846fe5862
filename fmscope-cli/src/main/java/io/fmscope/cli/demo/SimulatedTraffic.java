package io.fmscope.cli.demo;

import io.fmscope.sdk.export.FileSink;
import io.fmscope.simulator.RunSummary;
import io.fmscope.simulator.Simulator;
import io.fmscope.simulator.output.Otlp;
import io.fmscope.simulator.output.ServerSink;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Scenario;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/** The MangaAssist simulator as the demo's traffic: records to the server and a file, spans over OTLP. */
final class SimulatedTraffic implements DemoTraffic {
    private final Scenario scenario;
    private final long seed;
    private volatile Simulator running;
    private volatile boolean stopped;

    SimulatedTraffic(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    @Override public String scenario() {
        return scenario.name();
    }

    @Override public Duration simulatedDuration() {
        return scenario.duration();
    }

    @Override public Totals run(URI server, Path recordsFile, double speed, Consumer<Live> live) throws Exception {
        // About two snapshots per wall second; once a simulated minute at full speed.
        Duration every = Double.isInfinite(speed) ? Duration.ofMinutes(1) : Duration.ofMillis(Math.max(1_000, (long) (speed * 500)));
        Simulator sim = Simulator.builder().scenario(scenario).seed(seed).speed(speed)
                .sink(ServerSink.start(server, ServerSink.DEFAULT_LOG_GROUP, "simulator/" + scenario.name() + "/" + seed))
                .sink(FileSink.append(recordsFile)).spans(SpanOutput.to(Otlp.exporter(server)))
                .stats(s -> live.accept(new Live(s.simTime(), s.elapsed(), s.requestsPerSecond(), s.p50Ms(), s.p99Ms(),
                        s.errorRate(), s.costPerHourUsd(), s.cacheHitRate(), s.activeFaults())), every).build();
        running = sim;
        if (stopped) sim.stop();
        RunSummary r = sim.run();
        return new Totals(r.turns(), r.errors(), r.p50Ms(), r.p99Ms(), r.costUsd(), r.start(), r.end());
    }

    @Override public void stop() {
        stopped = true;
        Simulator s = running;
        if (s != null) s.stop();
    }
}
