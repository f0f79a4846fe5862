package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Self time per component in one trace: a span's duration minus the union of its children's intervals
 * (clipped to the span), so concurrent children are not subtracted twice.
 */
public final class SelfTime {
    private SelfTime() {
    }

    public static Map<String, Long> byComponent(Trace trace) {
        Map<SpanId, List<Span>> children = new HashMap<>();
        for (Span s : trace.spans()) {
            if (s.parentId() != null) children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Long> out = new HashMap<>();
        for (Span s : trace.spans()) {
            if (s.inProgress()) continue;
            long self = s.durationNanos() - covered(s, children.getOrDefault(s.spanId(), List.of()));
            out.merge(SpanRoles.component(s, trace.serviceOf(s)), Math.max(0, self), Long::sum);
        }
        return out;
    }

    private static long covered(Span parent, List<Span> kids) {
        if (kids.isEmpty()) return 0;
        List<long[]> iv = new ArrayList<>();
        for (Span k : kids) {
            long a = Math.max(parent.startNanos(), k.startNanos());
            long b = Math.min(parent.endNanos(), k.inProgress() ? parent.endNanos() : k.endNanos());
            if (b > a) iv.add(new long[] {a, b});
        }
        iv.sort((x, y) -> Long.compare(x[0], y[0]));
        long total = 0, curA = Long.MIN_VALUE, curB = Long.MIN_VALUE;
        for (long[] i : iv) {
            if (i[0] > curB) {
                if (curB > curA) total += curB - curA;
                curA = i[0];
                curB = i[1];
            } else {
                curB = Math.max(curB, i[1]);
            }
        }
        if (curB > curA) total += curB - curA;
        return total;
    }

    /** The request's response time: the root's duration when it ended, else the trace's extent. */
    public static long responseNanos(Trace t) {
        Span root = t.root();
        return root.isRoot() && !root.inProgress() ? root.durationNanos() : t.durationNanos();
    }
}
