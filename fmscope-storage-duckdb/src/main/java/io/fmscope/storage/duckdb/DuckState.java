package io.fmscope.storage.duckdb;

import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.StorageException;
import java.sql.SQLException;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;

/**
 * The open database plus an in-memory mirror of the catalog. Every change runs under the write lock in one
 * DuckDB transaction on {@link #writer}. The body updates the mirror as it goes; if the transaction fails
 * the mirror is reloaded from the database, so it never shows a change the database lost.
 */
final class DuckState {
    final DuckDBConnection writer;
    /** Reader connections with their prepared statements, reused scan after scan. */
    final Readers readers;
    final ReadWriteLock lock = new ReentrantReadWriteLock();
    final NavigableMap<String, LogGroupInfo> groups = new TreeMap<>();
    final NavigableMap<String, NavigableMap<String, LogStreamInfo>> streams = new TreeMap<>();
    final FieldColumns columns = new FieldColumns();
    final BatchDiscovery discovery;
    volatile boolean closed;

    DuckState(DuckDBConnection writer, BatchDiscovery discovery) {
        this.writer = writer;
        this.readers = new Readers(writer);
        this.discovery = discovery;
    }

    /** A body that talks to DuckDB. */
    interface SqlBody<T> {
        T run() throws SQLException;
    }

    <T> T read(SqlBody<T> body) {
        lock.readLock().lock();
        try {
            checkOpen();
            return body.run();
        } catch (SQLException e) {
            throw DuckErrors.map(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code body} in one transaction under the write lock; rolls back on any failure. */
    <T> T transaction(SqlBody<T> body) {
        lock.writeLock().lock();
        try {
            checkOpen();
            writer.setAutoCommit(false);
            try {
                T out = body.run();
                writer.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                writer.setAutoCommit(true);
                reload();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw DuckErrors.map(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Loads the catalog mirror and the field columns from the database. */
    void reload() throws SQLException {
        groups.clear();
        streams.clear();
        try (var s = writer.createStatement();
             var rs = s.executeQuery("SELECT name, creation_time, retention_days FROM log_groups")) {
            while (rs.next()) {
                String name = rs.getString(1);
                groups.put(name, new LogGroupInfo(name, rs.getLong(2), optInt(rs, 3), 0));
                streams.put(name, new TreeMap<>());
            }
        }
        try (var s = writer.createStatement();
             var rs = s.executeQuery("SELECT log_group, name, creation_time, first_event, last_event,"
                     + " last_ingestion, stored_bytes, sequence_token FROM log_streams")) {
            while (rs.next()) {
                LogStreamInfo info = new LogStreamInfo(rs.getString(1), rs.getString(2), rs.getLong(3),
                        optLong(rs, 4), optLong(rs, 5), optLong(rs, 6), rs.getLong(7), rs.getLong(8));
                streams.computeIfAbsent(info.logGroup(), g -> new TreeMap<>()).put(info.name(), info);
            }
        }
        for (String g : groups.keySet()) {
            recountGroup(g);
        }
        columns.reload(writer);
    }

    void checkOpen() {
        if (closed) {
            throw new StorageException(StorageException.Kind.PERMANENT, "the DuckDB store is closed");
        }
    }

    LogGroupInfo group(String name) {
        LogGroupInfo g = groups.get(name);
        if (g == null) {
            throw StorageException.notFound("log group " + name);
        }
        return g;
    }

    LogStreamInfo stream(String group, String name) {
        LogStreamInfo s = streams.getOrDefault(group, new TreeMap<>()).get(name);
        if (s == null) {
            throw StorageException.notFound("log stream " + group + "/" + name);
        }
        return s;
    }

    /** Group snapshot with its stored bytes recomputed from the mirror of its streams. */
    void recountGroup(String name) {
        LogGroupInfo g = groups.get(name);
        long bytes = streams.getOrDefault(name, new TreeMap<>()).values().stream()
                .mapToLong(LogStreamInfo::storedBytes).sum();
        groups.put(name, new LogGroupInfo(name, g.creationTime(), g.retentionInDays(), bytes));
    }

    static OptionalLong optLong(java.sql.ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static OptionalInt optInt(java.sql.ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

}
