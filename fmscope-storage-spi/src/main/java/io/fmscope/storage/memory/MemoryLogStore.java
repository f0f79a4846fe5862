package io.fmscope.storage.memory;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.GroupCatalog;
import io.fmscope.storage.LogReader;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.Retention;
import io.fmscope.storage.StreamCatalog;

/**
 * The reference backend: everything in memory, nothing pushed down, lost on exit. "Durable" here means
 * visible to every later call in this process, which is all a process-local store can promise.
 */
public final class MemoryLogStore implements LogStore {
    private final MemoryState state = new MemoryState();
    private final LogWriter writer = new MemoryWriter(state);
    private final GroupCatalog groups = new MemoryGroupCatalog(state);
    private final StreamCatalog streams = new MemoryStreamCatalog(state);

    @Override public LogWriter writer() {
        return writer;
    }

    @Override public LogReader reader() {
        return () -> new MemoryScanBuilder(state);
    }

    @Override public GroupCatalog groups() {
        return groups;
    }

    @Override public StreamCatalog streams() {
        return streams;
    }

    @Override public Retention retention() {
        return now -> state.write(() -> {
            long deleted = 0;
            for (MemoryState.Group g : state.groups.values()) {
                if (g.info.retentionInDays().isEmpty()) {
                    continue;
                }
                long cutoff = now - g.info.retentionInDays().getAsInt() * Retention.DAY_MILLIS;
                for (MemoryState.Stream s : g.streams.values()) {
                    int before = s.events.size();
                    s.events.values().removeIf((LogEvent e) -> e.timestamp() < cutoff);
                    if (s.events.size() != before) {
                        deleted += before - s.events.size();
                        MemoryStats.recount(s);
                    }
                }
                MemoryStats.recount(g);
            }
            return deleted;
        });
    }

    @Override public String name() {
        return "memory";
    }

    @Override public void close() {
        state.lock.writeLock().lock();
        try {
            state.closed = true;
        } finally {
            state.lock.writeLock().unlock();
        }
    }
}
