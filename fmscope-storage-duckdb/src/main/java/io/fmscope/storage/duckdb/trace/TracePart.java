package io.fmscope.storage.duckdb.trace;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One trace's summary over the spans of one batch (already one version per key), computed in Java so a write
 * is appends only. {@code startMax} bounds the trace start from above for any later mix of versions.
 */
final class TracePart {
    final TraceId traceId;
    long start = Long.MAX_VALUE;
    long startMax = Long.MIN_VALUE;
    long endCompleted = Long.MIN_VALUE;
    long last = Long.MIN_VALUE;
    boolean issues;
    boolean open;

    private TracePart(TraceId traceId) {
        this.traceId = traceId;
    }

    private void add(Span s) {
        start = Math.min(start, s.startNanos());
        startMax = Math.max(startMax, s.startNanos());
        if (s.inProgress()) {
            open = true;
            last = Math.max(last, s.startNanos());
        } else {
            endCompleted = Math.max(endCompleted, s.endNanos());
            last = Math.max(last, s.endNanos());
        }
        issues |= s.outcome().error() || s.outcome().throttle() || s.outcome().fault();
    }

    /** The trace end as the SQL summary defines it: the latest completed end, else the start. */
    long end() {
        return endCompleted == Long.MIN_VALUE ? start : endCompleted;
    }

    static Map<TraceId, TracePart> of(Iterable<Span> spans) {
        Map<TraceId, TracePart> out = new LinkedHashMap<>();
        for (Span s : spans) {
            out.computeIfAbsent(s.traceId(), TracePart::new).add(s);
        }
        return out;
    }
}
