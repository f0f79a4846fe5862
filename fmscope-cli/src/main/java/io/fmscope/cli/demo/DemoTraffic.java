package io.fmscope.cli.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the demo needs from a traffic generator: run a scripted scenario against a server (and into a records
 * file) on a compressed clock, reporting live statistics. {@link SimulatedTraffic} is the MangaAssist simulator.
 */
interface DemoTraffic {

    /** The scenario's name, simulated length and injected faults, for the screen. */
    String scenario();

    Duration simulatedDuration();

    /** Runs to the end (blocking) or until {@link #stop()}; returns the run's totals. */
    Totals run(URI server, Path recordsFile, double speed, Consumer<Live> live) throws Exception;

    void stop();

    /** A live snapshot over the last simulated minute. */
    record Live(Instant simTime, Duration elapsed, double requestsPerSecond, double p50Ms, double p99Ms,
                double errorRate, double costPerHourUsd, double cacheHitRate, List<String> activeFaults) {}

    /** What a finished run did. */
    record Totals(long turns, long errors, double p50Ms, double p99Ms, double costUsd, Instant start, Instant end) {}
}
