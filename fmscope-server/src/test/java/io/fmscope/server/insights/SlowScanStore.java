package io.fmscope.server.insights;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.Retention;
import io.fmscope.storage.ScanBuilder;
import io.fmscope.storage.StreamCatalog;
import io.fmscope.storage.memory.MemoryLogStore;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A memory store whose scans slow down after {@code fastEvents} events (one millisecond per event) until
 * {@link #release()}: a query then stays Running long enough for its partial results to be seen.
 */
final class SlowScanStore implements LogStore {
    private final MemoryLogStore store = new MemoryLogStore();
    private final int fastEvents;
    private final CountDownLatch released = new CountDownLatch(1);

    SlowScanStore(int fastEvents) {
        this.fastEvents = fastEvents;
    }

    void release() {
        released.countDown();
    }

    @Override public LogWriter writer() {
        return store.writer();
    }

    @Override public LogReader reader() {
        return () -> new Builder(store.reader().scan());
    }

    @Override public GroupCatalog groups() {
        return store.groups();
    }

    @Override public StreamCatalog streams() {
        return store.streams();
    }

    @Override public Retention retention() {
        return store.retention();
    }

    @Override public String name() {
        return "slow-memory";
    }

    @Override public void close() {
        store.close();
    }

    /** Delegates the addressing; pushes nothing down (as the memory store). */
    private final class Builder implements ScanBuilder {
        private final ScanBuilder inner;

        Builder(ScanBuilder inner) {
            this.inner = inner;
        }

        @Override public ScanBuilder logGroups(Collection<String> logGroups) {
            inner.logGroups(logGroups);
            return this;
        }

        @Override public ScanBuilder logStreams(Collection<String> logStreams) {
            inner.logStreams(logStreams);
            return this;
        }

        @Override public ScanBuilder logStreamPrefix(String prefix) {
            inner.logStreamPrefix(prefix);
            return this;
        }

        @Override public ScanBuilder timeRange(long startInclusive, long endExclusive) {
            inner.timeRange(startInclusive, endExclusive);
            return this;
        }

        @Override public ScanBuilder descending(boolean descending) {
            inner.descending(descending);
            return this;
        }

        @Override public ScanBuilder after(EventCursor cursor) {
            inner.after(cursor);
            return this;
        }

        @Override public EventScan open() {
            EventScan scan = inner.open();
            return new EventScan() {
                private int read;

                @Override public boolean hasNext() {
                    return scan.hasNext();
                }

                @Override public LogEvent next() {
                    if (++read > fastEvents) {
                        try {
                            released.await(1, TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return scan.next();
                }

                @Override public void close() {
                    scan.close();
                }
            };
        }
    }
}
