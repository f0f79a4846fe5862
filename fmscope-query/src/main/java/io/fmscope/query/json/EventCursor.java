package io.fmscope.query.json;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * One pass over events with a fixed set of fields ({@link EventFields#names()}) resolved per event. Sources that
 * parse their input (JSON-lines files) resolve the fields in the same parse; {@link #of} resolves them from
 * ready-made events. Not thread-safe; close it when done.
 */
public interface EventCursor extends AutoCloseable {
    /** Moves to the next event; false at the end. */
    boolean next();

    /** {@code @timestamp} of the current event, epoch ms. */
    long timestamp();

    /** {@code @log} of the current event. */
    String logGroup();

    /** Length of the current event's message in chars (UTF-16 units), for the scan statistics. */
    long messageChars();

    /** The current event's values of {@link EventFields#names()}, in order (a fresh array the caller keeps). */
    Value[] values();

    /** The current event, or null when the source does not build one (it resolved the fields while parsing). */
    LogEvent event();

    @Override
    void close();

    /** A cursor over ready-made events; fields are resolved on demand by {@code fields}. */
    static EventCursor of(Stream<LogEvent> events, EventFields fields) {
        Iterator<LogEvent> it = events.iterator();
        return new EventCursor() {
            private LogEvent current;

            @Override
            public boolean next() {
                current = it.hasNext() ? it.next() : null;
                return current != null;
            }

            @Override
            public long timestamp() {
                return current.timestamp();
            }

            @Override
            public String logGroup() {
                return current.logGroup();
            }

            @Override
            public long messageChars() {
                return current.message().length();
            }

            @Override
            public Value[] values() {
                return fields.resolve(current);
            }

            @Override
            public LogEvent event() {
                return current;
            }

            @Override
            public void close() {
                events.close();
            }
        };
    }
}
