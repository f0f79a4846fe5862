package io.fmscope.storage.duckdb.trace;

import io.fmscope.storage.StorageException;
import io.fmscope.storage.trace.ServiceCatalog;
import io.fmscope.storage.trace.TraceReader;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.TraceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB trace backend: {@code <dataDir>/traces.duckdb}, a file of its own so trace ingest
 * never waits on the log store's writer lock. One process opens a data directory at a time.
 */
public final class DuckTraceStore implements TraceStore {
    public static final String DATABASE_FILE = "traces.duckdb";

    private final TraceDb db;
    private final Path directory;
    private final TraceWriter writer;
    private final TraceReader reader;
    private final ServiceCatalog services;

    private DuckTraceStore(TraceDb db, Path directory) {
        this.db = db;
        this.directory = directory;
        this.writer = new DuckTraceWriter(db);
        this.reader = new DuckTraceReader(db);
        this.services = new DuckServiceCatalog(db);
    }

    /** Opens (creating if needed) the trace database in {@code dataDir}. */
    public static DuckTraceStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Properties props = new Properties();
            props.setProperty("jdbc_instance_cache", "false");
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + dataDir.resolve(DATABASE_FILE).toAbsolutePath(), props);
            TraceSql.create(c);
            return new DuckTraceStore(new TraceDb(c), dataDir);
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.PERMANENT, "cannot create data directory " + dataDir, e);
        } catch (SQLException e) {
            throw TraceDb.map(e);
        }
    }

    /** The data directory holding {@link #DATABASE_FILE} (where companions such as a span journal may live). */
    public Path directory() {
        return directory;
    }

    @Override public TraceWriter writer() {
        return writer;
    }

    @Override public TraceReader reader() {
        return reader;
    }

    @Override public ServiceCatalog services() {
        return services;
    }

    @Override public String name() {
        return "duckdb";
    }

    /** A connection on the trace database for hand-written SQL (analytics, tests); the caller closes it. */
    public java.sql.Connection readerConnection() {
        return db.read(db.writer::duplicate);
    }

    @Override public void close() {
        db.close();
    }
}
