package io.fmscope.storage;

import io.fmscope.model.log.LogEvent;
import java.util.Iterator;

/**
 * The events of one scan, pulled lazily in {@link EventCursor#EVENT_ORDER} (or its reverse). Holds backend
 * resources until closed.
 */
public interface EventScan extends Iterator<LogEvent>, AutoCloseable {

    /** Counters of the scan once it is consumed; null when the backend does not know them. */
    default ScanStatistics statistics() {
        return null;
    }

    /** Releases the scan's resources; never throws. */
    @Override void close();
}
