package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.facts.EventFacts;
import io.fmscope.incidents.facts.FactExtractor;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.facts.Tally;
import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One pass over the baseline and analysis windows: a tally of each, 10-second bins of the analysis window (for
 * start times), and for each cause of errors what the records said about it (declared categories and types, for
 * the evidence query's filter; sessions and models, for the assistant prompt's trend).
 */
final class Profile {
    static final long BIN_MILLIS = 10_000;
    /** The newest part of the baseline, which a departure must also beat (faults are sudden, drifts are not). */
    static final long RECENT_MILLIS = 3 * 60_000;
    private static final List<String> DETAIL_FIELDS = List.of("error.root_cause_category", "error.error_type",
            "metadata.session_id", "metadata.model_id", "error.error_code", "error.error_message",
            "error.upstream_service", "metadata.request_id");

    final Window window;
    final Tally baseline = new Tally();
    final Tally recent = new Tally();
    final Tally analysis = new Tally();
    final TreeMap<Long, Tally> bins = new TreeMap<>();
    final Map<SignalKey, CauseDetails> causes = new HashMap<>();
    /** The first baseline event's time: a baseline window reaching before the data starts is shorter than it looks. */
    private long firstBaselineEvent = Long.MAX_VALUE;

    private Profile(Window window) {
        this.window = window;
    }

    static Profile read(EventSource source, Window window, FactExtractor extractor) {
        Profile p = new Profile(window);
        EventFields details = EventFields.of(DETAIL_FIELDS);
        try (Stream<LogEvent> events = source.open()) {
            events.forEach(e -> p.add(e, extractor.extract(e), details));
        }
        return p;
    }

    private void add(LogEvent e, EventFacts f, EventFields details) {
        if (!f.counted()) return;
        if (e.timestamp() < window.from()) {
            firstBaselineEvent = Math.min(firstBaselineEvent, e.timestamp());
            baseline.add(f);
            if (e.timestamp() >= window.from() - RECENT_MILLIS) recent.add(f);
            return;
        }
        analysis.add(f);
        bins.computeIfAbsent(Math.floorDiv(e.timestamp(), BIN_MILLIS) * BIN_MILLIS, k -> new Tally()).add(f);
        for (SignalKey k : f.keys()) {
            if (k.family() != Family.CAUSE) continue;
            Value[] v = details.resolve(e);
            CauseDetails d = causes.computeIfAbsent(k, x -> new CauseDetails());
            d.add(text(v[0]), text(v[1]), text(v[2]), text(v[3]));
            d.first(text(v[1]), text(v[4]), text(v[5]), text(v[6]), text(v[3]), text(v[7]));
        }
    }

    private static String text(Value v) {
        return Coercion.toText(v);
    }

    /** Hours of data time the analysis window spans (at least one). */
    double analysisHours() {
        return Math.max(1, window.to() - window.from()) / 3_600_000.0;
    }

    /** Hours of data time the baseline holds: from its first event (or the window's start) to its end. */
    double baselineHours() {
        long start = Math.max(window.baselineFrom(), Math.min(firstBaselineEvent, window.from()));
        return Math.max(1, window.from() - start) / 3_600_000.0;
    }
}
