package io.fmscope.storage.trace;

/**
 * One trace storage backend: writer, reader and service catalog behind one component (as {@code LogStore}
 * for logs). Closing releases files and connections; a closed store answers every call with a
 * {@code StorageException} of kind PERMANENT.
 */
public interface TraceStore extends AutoCloseable {

    TraceWriter writer();

    TraceReader reader();

    ServiceCatalog services();

    /** Short backend name ("memory", "duckdb"). */
    String name();

    @Override void close();
}
