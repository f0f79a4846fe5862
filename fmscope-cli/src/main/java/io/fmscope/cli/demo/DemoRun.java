package io.fmscope.cli.demo;

import io.fmscope.cli.diagnose.DiagnosisText;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.detect.IncidentListener;
import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.server.FmscopeServer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One demo run: traffic on its own thread, the live screen on this one, the diagnosis printed once the first
 * incident has a minute of data (or closed, or the traffic ended), then the suggested commands.
 */
final class DemoRun {
    /** How much data time after an incident opens the demo waits before diagnosing it, so the evidence shows the rise. */
    static final Duration SETTLE = Duration.ofSeconds(60);
    private static final long TICK_MILLIS = 1_000;

    private final FmscopeServer server;
    private final DemoTraffic traffic;
    private final LiveScreen screen;
    private final PrintWriter out;
    private final AtomicReference<Incident> first = new AtomicReference<>();
    private volatile DemoTraffic.Totals totals;
    private volatile Exception failure;
    private Diagnosis diagnosis;

    DemoRun(FmscopeServer server, DemoTraffic traffic, LiveScreen screen, PrintWriter out) {
        this.server = server;
        this.traffic = traffic;
        this.screen = screen;
        this.out = out;
        server.incidents().addListener(new IncidentListener() {
            @Override public void opened(Incident incident) {
                first.compareAndSet(null, incident);
            }
        });
    }

    /** Runs the traffic and the screen until the traffic ends or {@code deadline} (nanoTime) passes. */
    void run(URI url, Path records, double speed, long deadline) throws InterruptedException {
        Thread sim = Thread.ofPlatform().name("demo-traffic").start(() -> {
            try {
                totals = traffic.run(url, records, speed, screen::update);
            } catch (Exception e) {
                failure = e;
            }
        });
        while (sim.isAlive() && System.nanoTime() < deadline) {
            screen.draw(server.incidents().incidents());
            maybeDiagnose(false);
            sim.join(TICK_MILLIS);
        }
        if (sim.isAlive()) {
            traffic.stop();
            sim.join(30_000);
        }
        screen.draw(server.incidents().incidents());
        awaitDetection(deadline);
        maybeDiagnose(true);
    }

    /** After the traffic ends the last records may still be on their way through the exporter and the detector. */
    private void awaitDetection(long deadline) throws InterruptedException {
        long until = Math.min(deadline, System.nanoTime() + 15_000_000_000L);
        while (first.get() == null && System.nanoTime() < until) Thread.sleep(200);
    }

    private void maybeDiagnose(boolean finished) {
        Incident i = first.get();
        if (i == null || diagnosis != null) return;
        Incident now = server.incidents().incident(i.id()).orElse(i);
        Instant dataNow = server.incidents().dataNow();
        if (!finished && now.open() && Duration.between(now.openedAt(), dataNow).compareTo(SETTLE) < 0) return;
        Optional<Diagnosis> d = server.incidents().diagnose(i.id());
        if (d.isEmpty()) return;
        diagnosis = d.get();
        screen.plain();
        out.printf("%nIncident %s detected at %s: %s%n%n", i.id(), i.openedAt(), i.title());
        out.print(DiagnosisText.render(diagnosis, true));
        out.println();
        out.flush();
    }

    /** The run's outcome and what to try next. */
    void summary(URI url, Path records) {
        DemoTraffic.Totals t = totals;
        if (failure != null) out.println("The simulation failed: " + failure);
        if (t != null) out.printf(Locale.ROOT, "%nSimulated %s to %s: %,d turns, %,d not successful, p50 %.0f ms, p99 %.0f ms, $%.2f%n",
                t.start(), t.end(), t.turns(), t.errors(), t.p50Ms(), t.p99Ms(), t.costUsd());
        List<Incident> all = server.incidents().incidents();
        out.println(all.isEmpty() ? "No incident was detected." : "Incidents: " + String.join(", ", all.stream()
                .map(i -> i.id() + " (" + i.status().name().toLowerCase(Locale.ROOT) + ")").toList()));
        out.println();
        out.println("The fmscope server is running at " + url + " (CloudWatch Logs API, /api/incidents, /api/diagnose).");
        out.println("Try, from the repository root:");
        out.println("  " + ExampleCommands.diagnose(url.toString(), first.get() == null ? null : first.get().id()));
        for (String q : ExampleCommands.queries(records)) out.println("  " + q);
        out.flush();
    }

    boolean detectedAndDiagnosed() {
        return first.get() != null && diagnosis != null && !diagnosis.hypotheses().isEmpty();
    }
}
