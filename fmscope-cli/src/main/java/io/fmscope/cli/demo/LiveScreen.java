package io.fmscope.cli.demo;

import io.fmscope.incidents.Incident;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The demo's live view: one screen redrawn in place with ANSI escapes when stdout is a terminal, otherwise a plain
 * line every few seconds (logs and CI stay readable). Once the diagnosis is printed it switches to plain lines, so
 * the diagnosis stays on screen.
 */
final class LiveScreen {
    private static final String HOME_AND_CLEAR = "\u001b[H\u001b[2J";
    private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter out;
    private final String header;
    private final Duration simulated;
    private volatile DemoTraffic.Live latest;
    private boolean redraw;
    private long lastPlain = Long.MIN_VALUE;
    private boolean headerShown;

    LiveScreen(PrintWriter out, boolean ansi, String header, Duration simulated) {
        this.out = out;
        this.redraw = ansi;
        this.header = header;
        this.simulated = simulated;
    }

    /** From the simulator's thread. */
    void update(DemoTraffic.Live live) {
        latest = live;
    }

    /** Stops redrawing: from now on only plain lines, below whatever was printed. */
    void plain() {
        redraw = false;
        headerShown = true; // it is on screen already
    }

    /** Called about once a second from the demo's thread. */
    void draw(List<Incident> incidents) {
        DemoTraffic.Live s = latest;
        if (redraw) {
            out.print(HOME_AND_CLEAR + screen(s, incidents));
            out.flush();
            return;
        }
        if (!headerShown) {
            out.println(header);
            headerShown = true;
        }
        long now = System.nanoTime();
        if (lastPlain != Long.MIN_VALUE && now - lastPlain < PLAIN_EVERY_NANOS) return;
        lastPlain = now;
        out.println(line(s, incidents));
        out.flush();
    }

    String screen(DemoTraffic.Live s, List<Incident> incidents) {
        StringBuilder sb = new StringBuilder(header).append("\n\n");
        if (s == null) return sb.append(" starting the simulation ...\n").toString();
        sb.append(String.format(Locale.ROOT, " simulated %s  (+%s of %s)%s%n%n", s.simTime().toString().substring(0, 19) + "Z",
                format(s.elapsed()), format(simulated), s.activeFaults().isEmpty() ? ""
                        : "   fault injected: " + String.join(", ", s.activeFaults())));
        sb.append(String.format(Locale.ROOT, " requests/s  %7.1f      p50 %6.2f s      p99 %6.2f s%n", s.requestsPerSecond(),
                s.p50Ms() / 1000, s.p99Ms() / 1000));
        sb.append(String.format(Locale.ROOT, " error rate  %6.1f%%      cost $%,.2f/h     cache hits %.0f%%%n%n",
                100 * s.errorRate(), s.costPerHourUsd(), 100 * s.cacheHitRate()));
        List<Incident> open = incidents.stream().filter(Incident::open).toList();
        sb.append(" open incidents: ").append(open.size()).append('\n');
        for (Incident i : open) sb.append("   ").append(i.id()).append("  ").append(i.title()).append('\n');
        return sb.toString();
    }

    String line(DemoTraffic.Live s, List<Incident> incidents) {
        if (s == null) return "starting the simulation ...";
        long open = incidents.stream().filter(Incident::open).count();
        return String.format(Locale.ROOT, "+%-7s %6.1f req/s  p50 %5.2f s  p99 %5.2f s  errors %5.1f%%  $%,.2f/h  open incidents: %d%s",
                format(s.elapsed()), s.requestsPerSecond(), s.p50Ms() / 1000, s.p99Ms() / 1000, 100 * s.errorRate(),
                s.costPerHourUsd(), open, s.activeFaults().isEmpty() ? "" : "  [fault injected: " + String.join(", ", s.activeFaults()) + "]");
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }
}
