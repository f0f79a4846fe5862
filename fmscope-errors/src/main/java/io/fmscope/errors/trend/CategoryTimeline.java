package io.fmscope.errors.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Recent occurrences of one category, oldest first, bounded by age and by count so a storm cannot exhaust
 * memory. Synchronized: writers are request threads, readers are trend queries.
 */
final class CategoryTimeline {
    record Event(Instant at, String sessionId, String modelId) {}

    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private final Duration retention;
    private final int maxEvents;
    private long dropped;

    CategoryTimeline(Duration retention, int maxEvents) {
        this.retention = retention;
        this.maxEvents = maxEvents;
    }

    synchronized void add(Event event) {
        events.addLast(event);
        Instant horizon = event.at().minus(retention);
        while (!events.isEmpty() && (events.size() > maxEvents || events.peekFirst().at().isBefore(horizon))) {
            events.removeFirst();
            dropped++;
        }
    }

    /** Events with {@code from <= at < to}. */
    synchronized List<Event> between(Instant from, Instant to) {
        var out = new ArrayList<Event>();
        for (Event e : events) if (!e.at().isBefore(from) && e.at().isBefore(to)) out.add(e);
        return out;
    }

    synchronized long dropped() { return dropped; }
}
