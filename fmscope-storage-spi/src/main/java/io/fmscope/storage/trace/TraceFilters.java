package io.fmscope.storage.trace;

import io.fmscope.model.trace.Trace;

/** The reference meaning of {@link TraceQuery}'s filters, for backends that check them after loading. */
public final class TraceFilters {
    private TraceFilters() {
    }

    public static boolean inRange(Trace t, TraceQuery q) {
        return t.startNanos() >= q.fromNanos() && t.startNanos() < q.toNanos();
    }

    /** Range and every filter. */
    public static boolean matches(Trace t, TraceQuery q) {
        if (!inRange(t, q)) {
            return false;
        }
        if (q.issuesOnly() && t.outcome().isOk()) {
            return false;
        }
        if (q.minDurationNanos() > 0 && t.durationNanos() < q.minDurationNanos()) {
            return false;
        }
        return q.service() == null || t.services().contains(q.service());
    }

    /** When a trace counts as expired for {@link TraceWriter#deleteTracesBefore}. */
    public static boolean expired(Trace t, long beforeNanos) {
        long last = t.spans().stream().mapToLong(s -> s.inProgress() ? s.startNanos() : s.endNanos()).max()
                .orElse(t.startNanos());
        return last < beforeNanos;
    }
}
