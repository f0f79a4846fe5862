package io.fmscope.query.exec;

import io.fmscope.model.log.LogEvent;
import java.util.List;
import java.util.stream.Stream;

/** Where a query's events come from. Each {@link #open()} is a fresh pass (subqueries read the input again). */
@FunctionalInterface
public interface EventSource {
    /** The events; the caller closes the stream. */
    Stream<LogEvent> open();

    static EventSource of(List<LogEvent> events) {
        List<LogEvent> copy = List.copyOf(events);
        return copy::stream;
    }
}
