package io.fmscope.storage.duckdb;

import io.fmscope.query.json.DiscoveryOptions;
import java.util.Objects;

/**
 * Tuning of a DuckDB store.
 *
 * @param discovery           how JSON fields are discovered into typed columns (CloudWatch's rules by default)
 * @param checkpointThreshold WAL size in MiB after which DuckDB folds the log into the compressed table. DuckDB's
 *                            own default (16 MiB) makes a stream of small committed batches recompress the same
 *                            row group over and over; 512 MiB keeps ingest fast at the price of a longer WAL
 *                            replay after a crash and that much more memory before a checkpoint
 */
public record DuckSettings(DiscoveryOptions discovery, int checkpointThreshold) {
    public static final int DEFAULT_CHECKPOINT_MIB = 512;
    public static final DuckSettings DEFAULT = new DuckSettings(DiscoveryOptions.DEFAULT, DEFAULT_CHECKPOINT_MIB);

    public DuckSettings {
        Objects.requireNonNull(discovery, "discovery");
        if (checkpointThreshold < 1) {
            throw new IllegalArgumentException("checkpointThreshold must be at least 1 MiB: " + checkpointThreshold);
        }
    }

    public DuckSettings withCheckpointThreshold(int mib) {
        return new DuckSettings(discovery, mib);
    }
}
