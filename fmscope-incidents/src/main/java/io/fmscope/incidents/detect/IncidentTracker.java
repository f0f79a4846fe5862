package io.fmscope.incidents.detect;

import io.fmscope.incidents.Incident;
import io.fmscope.incidents.IncidentSignal;
import io.fmscope.incidents.IncidentStatus;
import io.fmscope.incidents.Observation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns verdicts into incidents. A departed signal opens an incident, or joins the open one (a fault rarely
 * moves one number: throttles bring retries, retries bring latency), or reopens the one that closed within the
 * reopen window. A signal recovers when an evaluation finds it clear, and departs again only by the opening
 * criteria; the incident closes once every signal has stayed recovered for the hold time: hysteresis twice over,
 * in the thresholds (opening needs p < alphaOpen and the effect gates, staying open only p < alphaClear) and in
 * time.
 */
final class IncidentTracker {
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_CLOSED = 500;
    private static final long TITLE_WINDOW_MILLIS = 30_000;

    private final long holdMillis;
    private final long reopenMillis;
    private final long longMillis;
    private final Timeline timeline;
    private final Function<Signal, String> describe;
    private final List<Open> incidents = new ArrayList<>();
    private final Map<String, Tracked> active = new LinkedHashMap<>();
    /** Signals of closed incidents keep the baseline without incidents until then (a relapse meets healthy data). */
    private final Map<String, Long> cleanUntil = new java.util.HashMap<>();
    private final long baselineMillis;

    IncidentTracker(DetectorConfig config, Timeline timeline, Function<Signal, String> describe) {
        this.holdMillis = config.holdToClose().toMillis();
        this.reopenMillis = config.reopenWindow().toMillis();
        this.longMillis = config.longWindow().toMillis();
        this.baselineMillis = config.baselineWindow().toMillis();
        this.timeline = timeline;
        this.describe = describe;
    }

    /** Whether a signal is judged against the baseline without incidents: while in an incident, and after one. */
    boolean usesCleanBaseline(String signalId, long now) {
        if (active.containsKey(signalId)) return true;
        Long until = cleanUntil.get(signalId);
        if (until == null) return false;
        if (until > now) return true;
        cleanUntil.remove(signalId);
        return false;
    }

    /** Signals currently part of an open incident: evaluated every step even without events. */
    List<Signal> activeSignals() {
        return active.values().stream().map(t -> t.signal).toList();
    }

    /** Applies one evaluation's verdicts at time {@code now}; returns the incidents that opened or closed. */
    Changes apply(long now, List<Evaluated> results) {
        List<Open> opened = new ArrayList<>(), closed = new ArrayList<>();
        List<Evaluated> ordered = new ArrayList<>(results);
        ordered.sort(java.util.Comparator.comparingInt((Evaluated e) -> e.signal().precedence())
                .thenComparing(e -> e.signal().id()));
        for (Evaluated e : ordered) {
            Tracked t = active.get(e.signal().id());
            if (t == null) {
                if (e.verdict() == Verdict.DEPARTED) track(now, e, opened);
                continue;
            }
            switch (e.verdict()) {
                case DEPARTED -> t.hold(e.observation());
                // Still above the baseline keeps a departed signal departed; once it has recovered, only a new
                // departure undoes that (a noisy p < 0.01 evaluation every few minutes must not keep it open).
                case ELEVATED -> {
                    if (t.recoveredAt == null) t.hold(e.observation());
                    else t.latest = e.observation();
                }
                case CLEAR -> t.clear(now, e.observation());
                case NO_DATA -> { }
            }
        }
        for (Open i : incidents) {
            if (i.closedAt != null) continue;
            long recovered = i.recoveredAt();
            if (recovered != Long.MIN_VALUE && now - recovered >= holdMillis) {
                i.closedAt = now;
                timeline.endExclusion(i.exclusion, now);
                i.signals.forEach(s -> {
                    active.remove(s.signal.id());
                    cleanUntil.put(s.signal.id(), now + baselineMillis);
                });
                closed.add(i);
            }
        }
        trim();
        return new Changes(opened.stream().map(Open::snapshot).toList(), closed.stream().map(Open::snapshot).toList());
    }

    private void track(long now, Evaluated e, List<Open> opened) {
        Open target = null;
        for (int i = incidents.size() - 1; i >= 0 && target == null; i--)
            if (incidents.get(i).closedAt == null) target = incidents.get(i);
        if (target == null && !incidents.isEmpty()) {
            Open last = incidents.getLast();
            if (now - last.closedAt <= reopenMillis) {
                last.closedAt = null; // a relapse or an aftershock: the incident it follows is open again
                last.exclusion = timeline.exclude(now - longMillis);
                target = last;
            }
        }
        if (target == null) {
            target = new Open(uniqueId(now), now, timeline.exclude(now - longMillis));
            incidents.add(target);
            opened.add(target);
        }
        Tracked t = target.signal(e.signal().id());
        if (t == null) {
            t = new Tracked(e.signal(), describe.apply(e.signal()), now, e.observation());
            target.signals.add(t);
        } else {
            t.hold(e.observation());
        }
        active.put(e.signal().id(), t);
    }

    private String uniqueId(long at) {
        String base = "INC-" + ID_TIME.format(Instant.ofEpochMilli(at));
        String id = base;
        for (int n = 2; exists(id); n++) id = base + "-" + n;
        return id;
    }

    private boolean exists(String id) {
        for (Open i : incidents) if (i.id.equals(id)) return true;
        return false;
    }

    private void trim() {
        long closedCount = incidents.stream().filter(i -> i.closedAt != null).count();
        for (var it = incidents.iterator(); it.hasNext() && closedCount > MAX_CLOSED; ) {
            if (it.next().closedAt != null) {
                it.remove();
                closedCount--;
            }
        }
    }

    List<Incident> snapshot() {
        return incidents.stream().map(Open::snapshot).toList();
    }

    record Changes(List<Incident> opened, List<Incident> closed) {}

    /** An incident while the tracker owns it (mutable, confined to the detector's thread). */
    private static final class Open {
        final String id;
        final long openedAt;
        long[] exclusion;
        final List<Tracked> signals = new ArrayList<>();
        Long closedAt;

        Open(String id, long openedAt, long[] exclusion) {
            this.id = id;
            this.openedAt = openedAt;
            this.exclusion = exclusion;
        }

        Tracked signal(String id) {
            for (Tracked t : signals) if (t.signal.id().equals(id)) return t;
            return null;
        }

        /** When the last signal recovered, or MIN_VALUE while any still departs. */
        long recoveredAt() {
            long latest = Long.MIN_VALUE;
            for (Tracked t : signals) {
                if (t.recoveredAt == null) return Long.MIN_VALUE;
                latest = Math.max(latest, t.recoveredAt);
            }
            return latest;
        }

        Incident snapshot() {
            long recovered = recoveredAt();
            // The title names the most telling signal of the incident's first half minute (a category rather
            // than the retries that rose a few seconds before it).
            Tracked first = signals.getFirst();
            for (Tracked t : signals)
                if (t.departedAt - openedAt <= TITLE_WINDOW_MILLIS && t.signal.precedence() < first.signal.precedence()) first = t;
            return new Incident(id, closedAt == null ? IncidentStatus.OPEN : IncidentStatus.CLOSED,
                    Instant.ofEpochMilli(openedAt), closedAt == null ? null : Instant.ofEpochMilli(closedAt),
                    recovered == Long.MIN_VALUE ? null : Instant.ofEpochMilli(recovered),
                    Titles.title(first.description, first.first), signals.stream().map(Tracked::snapshot).toList());
        }
    }

    /** One signal of an incident. */
    private static final class Tracked {
        final Signal signal;
        final String description;
        final long departedAt;
        final Observation first;
        Observation peak;
        Observation latest;
        Long recoveredAt;

        Tracked(Signal signal, String description, long departedAt, Observation first) {
            this.signal = signal;
            this.description = description;
            this.departedAt = departedAt;
            this.first = first;
            this.peak = first;
            this.latest = first;
        }

        void hold(Observation o) {
            recoveredAt = null;
            latest = o;
            if (o.excess() > peak.excess()) peak = o;
        }

        void clear(long now, Observation o) {
            latest = o;
            if (recoveredAt == null) recoveredAt = now;
        }

        IncidentSignal snapshot() {
            return new IncidentSignal(signal.id(), signal.kind(), signal.component(), description,
                    Instant.ofEpochMilli(departedAt), recoveredAt == null ? null : Instant.ofEpochMilli(recoveredAt),
                    first, peak, latest);
        }
    }
}
