package io.fmscope.storage;

import io.fmscope.model.log.LogEvent;
import java.util.List;

/** Appends log events. */
public interface LogWriter {

    /**
     * Appends a batch atomically: either every event is stored or none is. Returns only once the batch is
     * durable (it survives a crash of the process right after this call returns).
     *
     * <p>Every event must name an existing group and stream ({@link StorageException.Kind#NOT_FOUND}
     * otherwise) and carry an id unique in the store. The stream statistics (first/last event time,
     * last ingestion time, stored bytes, sequence token) are updated in the same step.
     */
    void append(List<LogEvent> batch);
}
