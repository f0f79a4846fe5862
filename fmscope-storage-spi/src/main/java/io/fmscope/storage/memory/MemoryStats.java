package io.fmscope.storage.memory;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.LogGroupInfo;
import io.fmscope.storage.LogStreamInfo;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** Recomputes catalog statistics from the events actually held, so they can never drift. */
final class MemoryStats {
    private MemoryStats() {
    }

    static long bytes(LogEvent e) {
        return e.message().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Stream statistics after events were removed (the last ingestion time and token stay). */
    static void recount(MemoryState.Stream s) {
        LogStreamInfo old = s.info;
        long bytes = 0;
        for (LogEvent e : s.events.values()) {
            bytes += bytes(e);
        }
        OptionalLong first = s.events.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(s.events.firstKey().timestamp());
        OptionalLong last = s.events.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(s.events.lastKey().timestamp());
        s.info = new LogStreamInfo(old.logGroup(), old.name(), old.creationTime(), first, last,
                old.lastIngestionTime(), bytes, old.uploadSequenceToken());
    }

    static void recount(MemoryState.Group g) {
        long bytes = g.streams.values().stream().mapToLong(s -> s.info.storedBytes()).sum();
        LogGroupInfo i = g.info;
        g.info = new LogGroupInfo(i.name(), i.creationTime(), i.retentionInDays(), bytes);
    }
}
