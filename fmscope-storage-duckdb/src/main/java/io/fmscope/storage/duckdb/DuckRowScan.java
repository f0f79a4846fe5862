package io.fmscope.storage.duckdb;

import io.fmscope.storage.RowScan;
import io.fmscope.storage.ScanStatistics;
import io.fmscope.storage.duckdb.pushdown.SqlExpr.Kind;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Rows of a pushed-down query, read by each column's kind: integers as {@link Long} (a sum beyond 64 bits
 * as a {@link Double}, as the reference's sum falls back to doubles), timestamps as {@link Instant}. Owns the
 * reader connection; the statistics are counted beside it ({@link ScanStats#start}). A stats query's rows carry
 * their matched-event counts in a last column ({@link io.fmscope.storage.duckdb.pushdown.RowsQuery#countsMatched}):
 * once every row was read and the limit did not cut any, their sum is the matched count, and the count beside
 * the query only has to cover the range; otherwise {@code matchedFallback} counts the filtered events.
 */
final class DuckRowScan implements RowScan {
    private final Readers.Reader reader;
    private final ResultSet rows;
    private final List<String> names;
    private final List<Kind> kinds;
    private final java.util.concurrent.CompletableFuture<ScanStatistics> stats;
    private final Matched matched;
    private Boolean ready;
    private long rowsRead;
    private long matchedSum;
    private boolean exhausted;

    /** How a stats query's matched count is known: from its rows' count column, or else by {@code fallback}. */
    record Matched(long limit, java.util.function.Supplier<ScanStatistics> fallback) {
    }

    /** {@code stats}: the counts, running beside the query; {@code matched}: null unless the rows count them. */
    DuckRowScan(Readers.Reader reader, ResultSet rows, List<String> names, List<Kind> kinds,
                java.util.concurrent.CompletableFuture<ScanStatistics> stats, Matched matched) {
        this.reader = reader;
        this.rows = rows;
        this.names = List.copyOf(names);
        this.kinds = List.copyOf(kinds);
        this.stats = stats;
        this.matched = matched;
    }

    @Override public List<String> columns() {
        return names;
    }

    @Override public boolean hasNext() {
        if (ready == null) {
            try {
                ready = rows.next();
                exhausted = !ready;
            } catch (SQLException e) {
                close();
                throw DuckErrors.map(e);
            }
        }
        return ready;
    }

    @Override public List<Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = null;
        try {
            List<Object> row = new ArrayList<>(kinds.size());
            for (int i = 0; i < kinds.size(); i++) {
                row.add(read(i + 1, kinds.get(i)));
            }
            rowsRead++;
            if (matched != null) {
                matchedSum += rows.getLong(kinds.size() + 1);
            }
            return row;
        } catch (SQLException e) {
            close();
            throw DuckErrors.map(e);
        }
    }

    private Object read(int col, Kind kind) throws SQLException {
        Object o = rows.getObject(col);
        if (o == null) {
            return null;
        }
        return switch (kind) {
            case LONG -> o instanceof BigInteger b ? (b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue())
                    : (Object) ((Number) o).longValue();
            case DOUBLE -> ((Number) o).doubleValue();
            case BOOL -> o;
            case STRING -> o.toString();
            case TIMESTAMP -> Instant.ofEpochMilli(((Number) o).longValue());
            case NULL -> null;
        };
    }

    @Override public ScanStatistics statistics() {
        try {
            ScanStatistics range = stats.join();
            if (matched == null) {
                return range;
            }
            if (exhausted && (matched.limit() < 0 || rowsRead < matched.limit())) {
                return new ScanStatistics(range.recordsScanned(), matchedSum, range.bytesScanned());
            }
            return matched.fallback().get();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
