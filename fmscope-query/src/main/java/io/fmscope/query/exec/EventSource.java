package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import java.util.List;
import java.util.stream.Stream;

/** Where a query's events come from. Each {@link #open()} is a fresh pass (subqueries read the input again). */
@FunctionalInterface
public interface EventSource {
    /** The events; the caller closes the stream. */
    Stream<LogEvent> open();

    /**
     * The events of at least {@code [startMillis, endMillis]} (epoch ms, inclusive): the range the engine reads, which
     * for a {@code diff} query is wider than the query's own (it adds the comparison range). The engine filters by
     * time itself, so a source may return more; the default returns {@link #open()}. A source that narrows to a
     * fixed range when it is built must override this to honour the range asked for.
     */
    default Stream<LogEvent> open(long startMillis, long endMillis) {
        return open();
    }

    /**
     * A fresh pass with {@code fields} resolved per event; the engine scans through this. By default it reads
     * {@link #open()} and resolves each event with {@link EventFields}; a source that parses its input (files of
     * JSON lines) overrides it to resolve the fields in that same parse. The caller closes the cursor.
     */
    default EventCursor scan(EventFields fields) {
        return EventCursor.of(open(), fields);
    }

    /**
     * Up to {@code n} sources that together hold this source's events, in order: every event of a part comes before
     * every event of the next one. The engine may scan them on {@code n} threads at once (only for queries whose
     * result cannot depend on it). By default the source is one part; sources of large files split them.
     */
    default List<EventSource> parts(int n) {
        return List.of(this);
    }

    static EventSource of(List<LogEvent> events) {
        List<LogEvent> copy = List.copyOf(events);
        return copy::stream;
    }
}
