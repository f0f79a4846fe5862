package io.fmscope.storage.duckdb;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventScan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/** Pulls events from an open result set; holds its reader until closed. */
final class DuckEventScan implements EventScan {
    private final Readers.Reader reader;
    private final ResultSet rows;
    private final ScanStats stats;
    private Boolean ready;
    private io.fmscope.storage.ScanStatistics counted;

    /** {@code stats}: how to count the scan when filters were pushed down, else null. */
    DuckEventScan(Readers.Reader reader, ResultSet rows, ScanStats stats) {
        this.reader = reader;
        this.rows = rows;
        this.stats = stats;
    }

    @Override public io.fmscope.storage.ScanStatistics statistics() {
        if (counted == null && stats != null) {
            try {
                counted = stats.count(reader);
            } catch (SQLException e) {
                throw DuckErrors.map(e);
            }
        }
        return counted;
    }

    @Override public boolean hasNext() {
        if (ready == null) {
            try {
                ready = rows.next();
            } catch (SQLException e) {
                close();
                throw DuckErrors.map(e);
            }
        }
        return ready;
    }

    @Override public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = null;
        try { // column order: Sql.SYSTEM_COLUMNS
            return new LogEvent(rows.getLong(1), rows.getLong(2), rows.getString(6), rows.getString(4),
                    rows.getString(3), rows.getString(5));
        } catch (SQLException e) {
            close();
            throw DuckErrors.map(e);
        }
    }

    @Override public void close() {
        try (reader; rows) {
            // the rows closed, then the reader handed back with its statement
        } catch (SQLException ignored) {
            // nothing useful to do: the scan is finished either way
        }
    }
}
