package io.fmscope.storage.memory;

import io.fmscope.model.log.LogEvent;
import io.fmscope.storage.EventCursor;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.ScanBuilder;
import io.fmscope.storage.StorageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A scan over a snapshot taken under the read lock. Pushes nothing down: the reference operators do all
 * the work on what this returns.
 */
final class MemoryScanBuilder implements ScanBuilder {
    private final MemoryState state;
    private Set<String> groups = Set.of();
    private Set<String> streams = Set.of();
    private String streamPrefix = "";
    private long start = Long.MIN_VALUE;
    private long end = Long.MAX_VALUE;
    private boolean descending;
    private EventCursor after;

    MemoryScanBuilder(MemoryState state) {
        this.state = state;
    }

    @Override public ScanBuilder logGroups(Collection<String> logGroups) {
        groups = Set.copyOf(logGroups);
        return this;
    }

    @Override public ScanBuilder logStreams(Collection<String> logStreams) {
        streams = Set.copyOf(logStreams);
        return this;
    }

    @Override public ScanBuilder logStreamPrefix(String prefix) {
        streamPrefix = prefix;
        return this;
    }

    @Override public ScanBuilder timeRange(long startInclusive, long endExclusive) {
        start = startInclusive;
        end = endExclusive;
        return this;
    }

    @Override public ScanBuilder descending(boolean descending) {
        this.descending = descending;
        return this;
    }

    @Override public ScanBuilder after(EventCursor cursor) {
        after = cursor;
        return this;
    }

    @Override public EventScan open() {
        if (groups.isEmpty()) {
            throw new StorageException(StorageException.Kind.PERMANENT, "a scan needs at least one log group");
        }
        List<LogEvent> rows = state.read(() -> {
            List<LogEvent> out = new ArrayList<>();
            for (String g : groups) {
                MemoryState.Group group = state.groups.get(g);
                if (group == null) {
                    continue;
                }
                for (MemoryState.Stream s : group.streams.values()) {
                    if (!s.info.name().startsWith(streamPrefix)
                            || (!streams.isEmpty() && !streams.contains(s.info.name()))) {
                        continue;
                    }
                    for (LogEvent e : s.events.values()) {
                        if (e.timestamp() >= start && e.timestamp() < end && pastCursor(e)) {
                            out.add(e);
                        }
                    }
                }
            }
            return out;
        });
        Comparator<LogEvent> order = descending ? EventCursor.EVENT_ORDER.reversed() : EventCursor.EVENT_ORDER;
        rows.sort(order);
        Iterator<LogEvent> it = rows.iterator();
        return new EventScan() {
            @Override public boolean hasNext() {
                return it.hasNext();
            }

            @Override public LogEvent next() {
                return it.next();
            }

            @Override public void close() {
            }
        };
    }

    private boolean pastCursor(LogEvent e) {
        if (after == null) {
            return true;
        }
        int c = EventCursor.of(e).compareTo(after);
        return descending ? c < 0 : c > 0;
    }
}
