package io.fmscope.storage.duckdb;

import io.fmscope.storage.StorageException;
import java.sql.SQLException;

/** Maps DuckDB failures onto the SPI's error kinds. */
final class DuckErrors {
    private DuckErrors() {
    }

    static StorageException map(SQLException e) {
        String m = String.valueOf(e.getMessage());
        StorageException.Kind kind;
        if (m.contains("Out of Memory") || m.contains("No space left") || m.contains("disk is full")) {
            kind = StorageException.Kind.OVER_CAPACITY;
        } else if (m.contains("TransactionContext") || m.contains("Conflict") || m.contains("lock")) {
            kind = StorageException.Kind.RETRYABLE;
        } else {
            kind = StorageException.Kind.PERMANENT;
        }
        return new StorageException(kind, "DuckDB: " + m, e);
    }
}
