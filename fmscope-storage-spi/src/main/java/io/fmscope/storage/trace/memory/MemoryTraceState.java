package io.fmscope.storage.trace.memory;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.StorageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/** Everything the in-memory trace store holds, guarded by one read-write lock. */
final class MemoryTraceState {
    /** Index key: a trace by its start time. */
    record StartKey(long start, TraceId id) implements Comparable<StartKey> {
        @Override public int compareTo(StartKey o) {
            int c = Long.compare(start, o.start);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Map<TraceId, Map<SpanId, Span>> traces = new HashMap<>();
    final Map<TraceId, Long> starts = new HashMap<>();
    final TreeSet<StartKey> byStart = new TreeSet<>();
    long spanCount;
    boolean closed;

    <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            checkOpen();
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> body) {
        lock.writeLock().lock();
        try {
            checkOpen();
            return body.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException(StorageException.Kind.PERMANENT, "trace store is closed");
        }
    }

    /** Caller holds a lock. */
    Trace trace(TraceId id) {
        Map<SpanId, Span> spans = traces.get(id);
        return spans == null ? null : new Trace(id, new ArrayList<>(spans.values()));
    }

    /** Caller holds the write lock. Stores or replaces the span and keeps the start index current. */
    void put(Span s) {
        Map<SpanId, Span> spans = traces.computeIfAbsent(s.traceId(), k -> new LinkedHashMap<>());
        if (spans.put(s.spanId(), s) == null) {
            spanCount++;
        }
        Long oldStart = starts.get(s.traceId());
        if (oldStart == null || s.startNanos() < oldStart) {
            if (oldStart != null) {
                byStart.remove(new StartKey(oldStart, s.traceId()));
            }
            starts.put(s.traceId(), s.startNanos());
            byStart.add(new StartKey(s.startNanos(), s.traceId()));
        }
    }

    /** Caller holds the write lock. A replaced span may have moved the trace start later: recompute. */
    void reindex(TraceId id) {
        Long old = starts.remove(id);
        if (old != null) {
            byStart.remove(new StartKey(old, id));
        }
        Map<SpanId, Span> spans = traces.get(id);
        if (spans != null && !spans.isEmpty()) {
            long start = spans.values().stream().mapToLong(Span::startNanos).min().orElseThrow();
            starts.put(id, start);
            byStart.add(new StartKey(start, id));
        }
    }

    void remove(TraceId id) {
        Map<SpanId, Span> spans = traces.remove(id);
        if (spans != null) {
            spanCount -= spans.size();
        }
        Long old = starts.remove(id);
        if (old != null) {
            byStart.remove(new StartKey(old, id));
        }
    }
}
