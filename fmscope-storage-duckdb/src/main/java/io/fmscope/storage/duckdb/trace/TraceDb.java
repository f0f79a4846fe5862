package io.fmscope.storage.duckdb.trace;

import io.fmscope.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;

/**
 * The open trace database. Writes run one at a time in a transaction on {@link #writer}; reads run on a
 * duplicate connection each (DuckDB connections are not shared between threads), seeing committed data.
 */
final class TraceDb {
    final DuckDBConnection writer;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    TraceDb(DuckDBConnection writer) {
        this.writer = writer;
    }

    interface SqlBody<T> {
        T run() throws SQLException;
    }

    interface ReadBody<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(SqlBody<T> body) {
        lock.readLock().lock();
        try {
            checkOpen();
            return body.run();
        } catch (SQLException e) {
            throw map(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code body} on a fresh duplicate connection, closed afterwards. */
    <T> T query(ReadBody<T> body) {
        return read(() -> {
            try (Connection c = writer.duplicate()) {
                return body.run(c);
            }
        });
    }

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
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw map(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                writer.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException(StorageException.Kind.PERMANENT, "trace store is closed");
        }
    }

    static StorageException map(SQLException e) {
        String m = String.valueOf(e.getMessage());
        StorageException.Kind kind = m.contains("Out of Memory") || m.contains("No space left")
                ? StorageException.Kind.OVER_CAPACITY
                : m.contains("Conflict") || m.contains("TransactionContext") ? StorageException.Kind.RETRYABLE
                : StorageException.Kind.PERMANENT;
        return new StorageException(kind, "DuckDB: " + m, e);
    }
}
