package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spans of one undecided trace, and whether it is complete: a root that has ended, no span in progress,
 * and no span whose parent is missing (a parent that was referenced but not seen is a child still open,
 * or a part of the trace still in flight). Spans of the same id merge as in storage: a completed version
 * replaces an in-progress one. Not thread-safe.
 */
final class PendingTrace {
    final TraceId id;
    final long firstMillis;
    long lastMillis;
    long queuedMillis;
    boolean queued;
    boolean decided;
    private final List<Span> spans = new ArrayList<>(8);
    private final Map<SpanId, Integer> index = new HashMap<>(16);
    private final Set<SpanId> missingParents = new HashSet<>(4);
    private int open;
    private int endedRoots;

    PendingTrace(TraceId id, long nowMillis) {
        this.id = id;
        this.firstMillis = nowMillis;
        this.lastMillis = nowMillis;
    }

    /** Adds or merges {@code s}; returns true when the span is new or newly completed (so metrics count it). */
    boolean add(Span s, long nowMillis) {
        lastMillis = nowMillis;
        Integer at = index.get(s.spanId());
        if (at != null) {
            Span old = spans.get(at);
            if (!old.inProgress() || s.inProgress()) return false;
            spans.set(at, s);
            open--;
            if (s.isRoot()) endedRoots++;
            return true;
        }
        index.put(s.spanId(), spans.size());
        spans.add(s);
        missingParents.remove(s.spanId());
        if (s.parentId() != null && !index.containsKey(s.parentId())) missingParents.add(s.parentId());
        if (s.inProgress()) open++;
        else if (s.isRoot()) endedRoots++;
        return !s.inProgress();
    }

    boolean complete() {
        return endedRoots > 0 && open == 0 && missingParents.isEmpty();
    }

    /** Drops the buffered spans once decided; the trace may still sit in the arrival queue until it drains. */
    void release() {
        spans.clear();
        index.clear();
        missingParents.clear();
    }

    List<Span> spans() {
        return spans;
    }

    int size() {
        return spans.size();
    }
}
