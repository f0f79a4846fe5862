package io.fmscope.storage;

/**
 * One storage backend: its facets behind one component (the Zipkin shape). Closing it releases files and
 * connections; a closed store answers every call with a {@link StorageException.Kind#PERMANENT} error.
 */
public interface LogStore extends AutoCloseable {

    LogWriter writer();

    LogReader reader();

    GroupCatalog groups();

    StreamCatalog streams();

    Retention retention();

    /** Short backend name for logs and configuration ("memory", "duckdb"). */
    String name();

    @Override void close();
}
