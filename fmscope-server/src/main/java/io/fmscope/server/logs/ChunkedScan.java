package io.fmscope.server.logs;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.ScanBuilder;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * Walks a scan in chunks of {@code chunk} events, resuming from the last cursor, when the backend takes the
 * limit; otherwise in one pass. Keeps memory bounded for paged reads over large stores.
 */
public final class ChunkedScan implements Iterator<LogEvent> {
    private final LogReader reader;
    private final UnaryOperator<ScanBuilder> spec;
    private final boolean descending;
    private final int chunk;
    private final ArrayDeque<LogEvent> buffer = new ArrayDeque<>();
    private EventCursor cursor;
    private boolean exhausted;

    public ChunkedScan(LogReader reader, UnaryOperator<ScanBuilder> spec, boolean descending, EventCursor start,
                       int chunk) {
        this.reader = reader;
        this.spec = spec;
        this.descending = descending;
        this.cursor = start;
        this.chunk = chunk;
    }

    @Override public boolean hasNext() {
        if (buffer.isEmpty() && !exhausted) {
            fill();
        }
        return !buffer.isEmpty();
    }

    @Override public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    private void fill() {
        ScanBuilder b = spec.apply(reader.scan()).descending(descending);
        if (cursor != null) {
            b.after(cursor);
        }
        boolean limited = b.pushDownLimit(chunk);
        try (EventScan s = b.open()) {
            s.forEachRemaining(buffer::add);
        }
        if (!limited || buffer.size() < chunk) {
            exhausted = true;
        }
        if (!buffer.isEmpty()) {
            cursor = EventCursor.of(buffer.peekLast());
        }
    }
}
