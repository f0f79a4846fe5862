package io.fmscope.storage;

import io.fmscope.model.log.LogEvent;
import java.util.Iterator;

/**
 * The events of one scan, pulled lazily in {@link EventCursor#EVENT_ORDER} (or its reverse). Holds backend
 * resources until closed.
 */
public interface EventScan extends Iterator<LogEvent>, AutoCloseable {

    /** Releases the scan's resources; never throws. */
    @Override void close();
}
