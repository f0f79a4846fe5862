package io.fmscope.storage.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Reader connections kept between scans with their prepared statements. Preparing a pushed-down statement costs
 * DuckDB about a millisecond (parse, bind, plan), as much as running a small one, and a server runs the same
 * queries again and again (dashboards, alarms, the same Logs Insights query over a moving window); a reused
 * statement is only bound with the new values. Each reader serves one scan at a time. Statements prepared before
 * the typed columns changed are dropped, so none is run against an older table shape.
 */
final class Readers implements AutoCloseable {
    private static final int MAX_IDLE = 8;
    private static final int MAX_STATEMENTS = 32;

    private final DuckDBConnection writer;
    private final ArrayDeque<Reader> idle = new ArrayDeque<>();
    private boolean closed;

    Readers(DuckDBConnection writer) {
        this.writer = writer;
    }

    /** One connection with its statements; {@link #close} hands it back for the next scan. */
    final class Reader implements AutoCloseable {
        final Connection connection;
        private long version;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() > MAX_STATEMENTS) {
                    quietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /** The statement for {@code sql}, prepared once per reader and table shape; parameters are rebound by the caller. */
        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement p = statements.get(sql);
            if (p == null) {
                p = connection.prepareStatement(sql);
                statements.put(sql, p);
            }
            return p;
        }

        @Override public void close() {
            release(this);
        }

        private void discard() {
            statements.values().forEach(Readers::quietly);
            statements.clear();
            quietly(connection);
        }
    }

    /** A reader whose statements were prepared against the typed columns of {@code version}. */
    Reader borrow(long version) throws SQLException {
        Reader r;
        synchronized (this) {
            r = idle.pollFirst();
        }
        if (r == null) {
            r = new Reader(writer.duplicate());
        } else if (r.version != version) {
            r.statements.values().forEach(Readers::quietly);
            r.statements.clear();
        }
        r.version = version;
        return r;
    }

    private void release(Reader r) {
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(r);
                return;
            }
        }
        r.discard();
    }

    @Override public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(Reader::discard);
            idle.clear();
        }
    }

    private static void quietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a statement or connection that is done either way
        }
    }
}
