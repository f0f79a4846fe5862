package io.fmscope.server.incidents;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.Retention;
import io.fmscope.storage.StreamCatalog;
import java.util.List;
import java.util.function.Consumer;

/**
 * A log store that tells an observer about every batch once it is stored: the detector sees exactly what was
 * acknowledged, through every ingest path (PutLogEvents, JSON lines), without any of them knowing about it.
 * Everything else is the wrapped store's.
 */
final class ObservedLogStore implements LogStore {
    private final LogStore delegate;
    private final LogWriter writer;

    ObservedLogStore(LogStore delegate, Consumer<List<LogEvent>> observer) {
        this.delegate = delegate;
        LogWriter inner = delegate.writer();
        this.writer = batch -> {
            inner.append(batch);
            observer.accept(batch); // after the append: only durable events are counted
        };
    }

    @Override public LogWriter writer() {
        return writer;
    }

    @Override public LogReader reader() {
        return delegate.reader();
    }

    @Override public GroupCatalog groups() {
        return delegate.groups();
    }

    @Override public StreamCatalog streams() {
        return delegate.streams();
    }

    @Override public Retention retention() {
        return delegate.retention();
    }

    @Override public String name() {
        return delegate.name();
    }

    @Override public void close() {
        delegate.close();
    }
}
