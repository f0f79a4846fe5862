package io.fmscope.incidents.detect;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.facts.ErrorCategorizer;
import io.fmscope.incidents.facts.EventFacts;
import io.fmscope.incidents.facts.FactExtractor;
import io.fmscope.incidents.facts.Population;
import io.fmscope.model.log.LogEvent;
import io.fmscope.patterns.TemplateMiner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Incident detection over a stream of log events, on the clock of the data: events are bucketed by their own
 * timestamps and the windows slide step by step as the newest timestamp (less the allowed lateness) passes each
 * step boundary, so a time-compressed simulation is judged in simulated time and the same events always give the
 * same incidents. Feeding ({@link #accept}) is single-threaded; {@link #incidents()} and {@link #status()} are
 * snapshots any thread may read.
 */
public final class IncidentDetector {
    private final DetectorConfig config;
    private final FactExtractor extractor;
    private final TemplateMiner templates = new TemplateMiner();
    private final Timeline timeline;
    private final SignalEvaluator evaluator;
    private final IncidentTracker tracker;
    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();
    private long newest = Long.MIN_VALUE;
    private long events;
    private long ignored;
    private volatile List<Incident> snapshot = List.of();
    private volatile DetectorStatus status = new DetectorStatus(null, null, 0, 0, 0, 0, 0, 0);

    public IncidentDetector(DetectorConfig config, ErrorCatalog catalog) {
        this.config = config;
        this.extractor = new FactExtractor(new ErrorCategorizer(catalog), templates);
        this.timeline = new Timeline(config);
        this.evaluator = new SignalEvaluator(config, templates::resolve);
        this.tracker = new IncidentTracker(config, timeline, s -> SignalNames.describe(s, templates));
    }

    public void addListener(IncidentListener listener) {
        listeners.add(listener);
    }

    /** Counts a batch of events and evaluates every step the data clock has passed. */
    public void accept(List<LogEvent> batch) {
        for (LogEvent e : batch) {
            EventFacts f = extractor.extract(e);
            events++;
            if (!f.counted()) {
                ignored++;
                continue;
            }
            timeline.add(f);
            newest = Math.max(newest, e.timestamp());
        }
        if (newest != Long.MIN_VALUE) evaluateTo(newest - config.lateness().toMillis());
        publish();
    }

    /** Evaluates every step up to {@code dataTime} (at the end of a replay, or to flush the lateness allowance). */
    public void advanceTo(long dataTime) {
        evaluateTo(dataTime);
        publish();
    }

    private void evaluateTo(long watermark) {
        if (!timeline.started()) return;
        long step = config.stepMillis();
        while (timeline.now() + step <= watermark) {
            timeline.slide();
            if (timeline.shortWindow().total() == 0 && tracker.activeSignals().isEmpty()) continue;
            long now = timeline.now();
            var changes = tracker.apply(now, evaluator.evaluate(timeline, tracker.activeSignals(),
                    id -> tracker.usesCleanBaseline(id, now)));
            for (Incident i : changes.opened()) listeners.forEach(l -> l.opened(i));
            for (Incident i : changes.closed()) listeners.forEach(l -> l.closed(i));
        }
    }

    private void publish() {
        List<Incident> all = tracker.snapshot();
        snapshot = all;
        long step = config.stepMillis();
        status = new DetectorStatus(newest == Long.MIN_VALUE ? null : Instant.ofEpochMilli(newest),
                timeline.started() ? Instant.ofEpochMilli(timeline.now()) : null, events, ignored, timeline.dropped(),
                timeline.baseline(false).all().population(Population.CALLS), timeline.baseline(false).buckets() * step / 60_000,
                (int) all.stream().filter(Incident::open).count());
    }

    /** Every incident still remembered (the newest 500 closed ones and all open ones), oldest first. */
    public List<Incident> incidents() {
        return snapshot;
    }

    public Optional<Incident> incident(String id) {
        return snapshot.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public DetectorStatus status() {
        return status;
    }

    public DetectorConfig config() {
        return config;
    }
}
