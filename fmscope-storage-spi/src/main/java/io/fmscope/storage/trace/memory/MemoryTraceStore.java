package io.fmscope.storage.trace.memory;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.ServiceCatalog;
import io.fmscope.storage.trace.SpanMerge;
import io.fmscope.storage.trace.TraceFilters;
import io.fmscope.storage.trace.TraceReader;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.TraceWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reference trace backend: everything in memory, lost on exit. */
public final class MemoryTraceStore implements TraceStore {
    private final MemoryTraceState state = new MemoryTraceState();
    private final TraceReader reader = new MemoryTraceReader(state);
    private final ServiceCatalog services = new MemoryServiceCatalog(state);

    private final TraceWriter writer = new TraceWriter() {
        @Override public void write(List<Span> spans) {
            state.write(() -> {
                Set<TraceId> moved = new HashSet<>();
                for (Span s : spans) {
                    var stored = state.traces.get(s.traceId());
                    Span old = stored == null ? null : stored.get(s.spanId());
                    if (SpanMerge.replaces(s, old)) {
                        state.put(s);
                        if (old != null && old.startNanos() < s.startNanos()) {
                            moved.add(s.traceId());
                        }
                    }
                }
                moved.forEach(state::reindex);
                return null;
            });
        }

        @Override public long deleteTracesBefore(long epochNanos) {
            return state.write(() -> {
                List<TraceId> doomed = new ArrayList<>();
                for (TraceId id : state.traces.keySet()) {
                    Trace t = state.trace(id);
                    if (TraceFilters.expired(t, epochNanos)) {
                        doomed.add(id);
                    }
                }
                doomed.forEach(state::remove);
                return (long) doomed.size();
            });
        }
    };

    @Override public TraceWriter writer() {
        return writer;
    }

    @Override public TraceReader reader() {
        return reader;
    }

    @Override public ServiceCatalog services() {
        return services;
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
