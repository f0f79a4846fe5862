package io.fmscope.storage;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of a scan whose backend took a row-producing plan step ({@code pushDownFields} or
 * {@code pushDownStats}): one list of values per row, in {@link #columns()} order. Values are {@code null},
 * {@link Long}, {@link Double}, {@link String}, {@link Boolean} or {@link java.time.Instant} (a timestamp).
 * Holds backend resources until closed.
 */
public interface RowScan extends Iterator<List<Object>>, AutoCloseable {

    /** Column names, as the plan steps named them. */
    List<String> columns();

    /** Counters of the scan once it is consumed; null when the backend does not know them. */
    default ScanStatistics statistics() {
        return null;
    }

    /** Releases the scan's resources; never throws. */
    @Override void close();
}
