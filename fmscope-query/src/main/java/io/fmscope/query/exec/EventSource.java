package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
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

    static EventSource of(List<LogEvent> events) {
        List<LogEvent> copy = List.copyOf(events);
        return copy::stream;
    }
}
