package io.fmscope.storage;

import io.fmscope.model.log.LogEvent;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in the store's total order of events: by timestamp, then by id. Pagination tokens are built
 * from it, so a page resumes exactly after the last event it returned.
 */
public record EventCursor(long timestamp, String id) implements Comparable<EventCursor> {

    /** The order every backend returns events in (ascending; a descending scan reverses it). */
    public static final Comparator<LogEvent> EVENT_ORDER =
            Comparator.comparingLong(LogEvent::timestamp).thenComparing(LogEvent::id);

    public EventCursor {
        Objects.requireNonNull(id, "id");
    }

    public static EventCursor of(LogEvent event) {
        return new EventCursor(event.timestamp(), event.id());
    }

    @Override public int compareTo(EventCursor o) {
        int c = Long.compare(timestamp, o.timestamp);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
