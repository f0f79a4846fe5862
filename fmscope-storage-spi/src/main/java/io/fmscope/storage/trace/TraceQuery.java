package io.fmscope.storage.trace;

/**
 * Which traces {@link TraceReader#find} returns: a start-time range [from, to) in epoch nanos plus simple
 * filters every backend can push down. Richer predicates (X-Ray filter expressions) run on the results.
 *
 * @param service          only traces with a span recorded by this service (null: any)
 * @param issuesOnly       only traces with an error, throttle or fault flag somewhere
 * @param minDurationNanos only traces at least this long (0: any)
 * @param limit            at most this many traces (positive)
 */
public record TraceQuery(long fromNanos, long toNanos, String service, boolean issuesOnly, long minDurationNanos,
                         int limit) {

    public static final int DEFAULT_LIMIT = 10_000;

    public TraceQuery {
        if (toNanos < fromNanos) {
            throw new IllegalArgumentException("time range ends before it starts");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static TraceQuery between(long fromNanos, long toNanos) {
        return new TraceQuery(fromNanos, toNanos, null, false, 0, DEFAULT_LIMIT);
    }

    public TraceQuery withService(String s) {
        return new TraceQuery(fromNanos, toNanos, s, issuesOnly, minDurationNanos, limit);
    }

    public TraceQuery withIssuesOnly(boolean v) {
        return new TraceQuery(fromNanos, toNanos, service, v, minDurationNanos, limit);
    }

    public TraceQuery withMinDurationNanos(long v) {
        return new TraceQuery(fromNanos, toNanos, service, issuesOnly, v, limit);
    }

    public TraceQuery withLimit(int v) {
        return new TraceQuery(fromNanos, toNanos, service, issuesOnly, minDurationNanos, v);
    }
}
