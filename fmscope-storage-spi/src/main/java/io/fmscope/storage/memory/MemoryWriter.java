package io.fmscope.storage.memory;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.LogStreamInfo;
import io.fmscope.storage.LogWriter;
import io.fmscope.storage.StorageException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Appends under the write lock after validating the whole batch, so a batch is all-or-nothing. */
final class MemoryWriter implements LogWriter {
    private final MemoryState state;

    MemoryWriter(MemoryState state) {
        this.state = state;
    }

    @Override public void append(List<LogEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        state.write(() -> {
            Map<MemoryState.Stream, MemoryState.Group> touched = new LinkedHashMap<>();
            Set<String> ids = new HashSet<>();
            for (LogEvent e : batch) {
                MemoryState.Stream s = state.stream(e.logGroup(), e.logStream());
                if (!ids.add(e.id()) || s.events.containsKey(EventCursor.of(e))) {
                    throw new StorageException(StorageException.Kind.PERMANENT, "duplicate event id " + e.id());
                }
                touched.put(s, state.group(e.logGroup()));
            }
            for (LogEvent e : batch) {
                MemoryState.Stream s = state.stream(e.logGroup(), e.logStream());
                s.events.put(EventCursor.of(e), e);
                s.info = grow(s.info, e);
            }
            for (var entry : touched.entrySet()) {
                LogStreamInfo i = entry.getKey().info;
                entry.getKey().info = new LogStreamInfo(i.logGroup(), i.name(), i.creationTime(), i.firstEventTime(),
                        i.lastEventTime(), i.lastIngestionTime(), i.storedBytes(), i.uploadSequenceToken() + 1);
                MemoryStats.recount(entry.getValue());
            }
            return null;
        });
    }

    private static LogStreamInfo grow(LogStreamInfo i, LogEvent e) {
        long first = i.firstEventTime().isPresent() ? Math.min(i.firstEventTime().getAsLong(), e.timestamp())
                : e.timestamp();
        long last = i.lastEventTime().isPresent() ? Math.max(i.lastEventTime().getAsLong(), e.timestamp())
                : e.timestamp();
        long ingest = i.lastIngestionTime().isPresent()
                ? Math.max(i.lastIngestionTime().getAsLong(), e.ingestionTime()) : e.ingestionTime();
        return new LogStreamInfo(i.logGroup(), i.name(), i.creationTime(), OptionalLong.of(first),
                OptionalLong.of(last), OptionalLong.of(ingest), i.storedBytes() + MemoryStats.bytes(e),
                i.uploadSequenceToken());
    }
}
