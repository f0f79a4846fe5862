package io.fmscope.storage.trace.memory;

import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceFilters;
import io.fmscope.storage.trace.TraceQuery;
import io.fmscope.storage.trace.TraceReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Reads from the start-time index; filters are checked on each whole trace. */
final class MemoryTraceReader implements TraceReader {
    private final MemoryTraceState state;

    MemoryTraceReader(MemoryTraceState state) {
        this.state = state;
    }

    @Override public Optional<Trace> trace(TraceId id) {
        return state.read(() -> Optional.ofNullable(state.trace(id)));
    }

    @Override public List<Trace> traces(Collection<TraceId> ids) {
        return state.read(() -> {
            List<Trace> out = new ArrayList<>();
            for (TraceId id : new LinkedHashSet<>(ids)) {
                Trace t = state.trace(id);
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        });
    }

    @Override public List<Trace> find(TraceQuery q) {
        return state.read(() -> {
            List<Trace> out = new ArrayList<>();
            // (0, 1) is the smallest valid id in unsigned order
            var from = new MemoryTraceState.StartKey(q.fromNanos(), new TraceId(0, 1));
            for (MemoryTraceState.StartKey k : state.byStart.tailSet(from, true)) {
                if (k.start() >= q.toNanos() || out.size() >= q.limit()) {
                    break;
                }
                Trace t = state.trace(k.id());
                if (TraceFilters.matches(t, q)) {
                    out.add(t);
                }
            }
            return out;
        });
    }

    @Override public long spanCount() {
        return state.read(() -> state.spanCount);
    }
}
