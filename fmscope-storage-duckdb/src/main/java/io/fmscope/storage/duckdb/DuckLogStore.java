package io.fmscope.storage.duckdb;

import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.Retention;
import io.fmscope.storage.StorageException;
import io.fmscope.storage.StreamCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB backend. All data lives in {@code <dataDir>/fmscope.duckdb} (plus DuckDB's
 * write-ahead log {@code fmscope.duckdb.wal} beside it); one process opens a data directory at a time.
 */
public final class DuckLogStore implements LogStore {
    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "fmscope.duckdb";

    private final DuckState state;
    private final LogWriter writer;
    private final GroupCatalog groups;
    private final StreamCatalog streams;
    private final Retention retention;

    private DuckLogStore(DuckState state) {
        this.state = state;
        this.writer = new DuckWriter(state);
        this.groups = new DuckGroupCatalog(state);
        this.streams = new DuckStreamCatalog(state);
        this.retention = new DuckRetention(state);
    }

    /** Opens (creating if needed) the store in {@code dataDir} with {@code settings}. */
    public static DuckLogStore open(Path dataDir, DuckSettings settings) {
        try {
            Files.createDirectories(dataDir);
            Properties props = new Properties();
            props.setProperty("jdbc_instance_cache", "false");
            props.setProperty("checkpoint_threshold", settings.checkpointThreshold() + "MiB");
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + dataDir.resolve(DATABASE_FILE).toAbsolutePath(), props);
            DuckSchema.create(c);
            DuckState state = new DuckState(c, new BatchDiscovery(settings.discovery()));
            state.reload();
            return new DuckLogStore(state);
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.PERMANENT, "cannot create data directory " + dataDir, e);
        } catch (SQLException e) {
            throw DuckErrors.map(e);
        }
    }

    /** Opens the store with {@link DuckSettings#DEFAULT} (CloudWatch's field discovery: 200 fields per event). */
    public static DuckLogStore open(Path dataDir) {
        return open(dataDir, DuckSettings.DEFAULT);
    }

    @Override public LogWriter writer() {
        return writer;
    }

    @Override public LogReader reader() {
        return () -> new DuckScanBuilder(state);
    }

    @Override public GroupCatalog groups() {
        return groups;
    }

    @Override public StreamCatalog streams() {
        return streams;
    }

    @Override public Retention retention() {
        return retention;
    }

    @Override public String name() {
        return "duckdb";
    }

    /** The discovered-field columns (field name, column name, SQL type), for SQL pushdown and tests. */
    public java.util.List<StoredField> storedFields() {
        return state.read(() -> state.columns.columns().stream()
                .map(c -> new StoredField(c.field(), c.name(), c.type().name(), c.widened())).toList());
    }

    /** The store's state, for tests in this package. */
    DuckState state() {
        return state;
    }

    /** A reader connection on the same database for hand-written SQL (benchmarks, tests); caller closes it. */
    public java.sql.Connection readerConnection() {
        return state.read(state.writer::duplicate);
    }

    @Override public void close() {
        state.lock.writeLock().lock();
        try {
            if (!state.closed) {
                state.closed = true;
                state.readers.close();
                state.writer.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        } finally {
            state.lock.writeLock().unlock();
        }
    }
}
