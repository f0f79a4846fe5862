package io.fmscope.query.exec;

import io.fmscope.query.json.DiscoveryOptions;
import java.time.Duration;

/**
 * How to run a query.
 *
 * @param startMillis first event time included (epoch ms), {@link Long#MIN_VALUE} for no bound
 * @param endMillis   last event time included (epoch ms), {@link Long#MAX_VALUE} for no bound
 * @param nowMillis   the query's start instant for {@code now()} and relative SOURCE times; null = the clock
 * @param maxRows     rows returned when the query ends without its own {@code limit} (CloudWatch: 10,000)
 * @param timeout     time limit of one execution (CloudWatch: 60 minutes)
 * @param cancellation lets another thread stop the query
 * @param discovery   JSON field discovery settings
 * @param parallelism threads that may scan parts of a splittable source at once ({@link EventSource#parts});
 *                    1 reads everything on the calling thread. Results do not depend on it.
 * @param progress    where partial results go while the query runs ({@link Progress#NONE}: nowhere)
 */
public record QueryOptions(long startMillis, long endMillis, Long nowMillis, int maxRows, Duration timeout,
                           Cancellation cancellation, DiscoveryOptions discovery, int parallelism,
                           Progress progress) {
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final int MAX_ROWS_LIMIT = 100_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    public QueryOptions {
        if (maxRows < 1 || maxRows > MAX_ROWS_LIMIT) {
            throw new IllegalArgumentException("maxRows must be between 1 and " + MAX_ROWS_LIMIT + ": " + maxRows);
        }
        if (startMillis > endMillis) throw new IllegalArgumentException("start is after end");
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        java.util.Objects.requireNonNull(progress, "progress");
    }

    /** The options of a query before parallel scanning existed: one thread. */
    public QueryOptions(long startMillis, long endMillis, Long nowMillis, int maxRows, Duration timeout,
                        Cancellation cancellation, DiscoveryOptions discovery) {
        this(startMillis, endMillis, nowMillis, maxRows, timeout, cancellation, discovery, 1, Progress.NONE);
    }

    public static QueryOptions defaults() {
        return new QueryOptions(Long.MIN_VALUE, Long.MAX_VALUE, null, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT,
                new Cancellation(), DiscoveryOptions.DEFAULT, Runtime.getRuntime().availableProcessors(),
                Progress.NONE);
    }

    public QueryOptions withWindow(long start, long end) {
        return new QueryOptions(start, end, nowMillis, maxRows, timeout, cancellation, discovery,
                parallelism, progress);
    }

    public QueryOptions withNow(long now) {
        return new QueryOptions(startMillis, endMillis, now, maxRows, timeout, cancellation, discovery,
                parallelism, progress);
    }

    public QueryOptions withMaxRows(int rows) {
        return new QueryOptions(startMillis, endMillis, nowMillis, rows, timeout, cancellation, discovery,
                parallelism, progress);
    }

    public QueryOptions withTimeout(Duration t) {
        return new QueryOptions(startMillis, endMillis, nowMillis, maxRows, t, cancellation, discovery,
                parallelism, progress);
    }

    public QueryOptions withCancellation(Cancellation c) {
        return new QueryOptions(startMillis, endMillis, nowMillis, maxRows, timeout, c, discovery,
                parallelism, progress);
    }

    public QueryOptions withParallelism(int threads) {
        return new QueryOptions(startMillis, endMillis, nowMillis, maxRows, timeout, cancellation, discovery,
                threads, progress);
    }

    public QueryOptions withDiscovery(DiscoveryOptions d) {
        return new QueryOptions(startMillis, endMillis, nowMillis, maxRows, timeout, cancellation, d,
                parallelism, progress);
    }

    public QueryOptions withProgress(Progress p) {
        return new QueryOptions(startMillis, endMillis, nowMillis, maxRows, timeout, cancellation, discovery,
                parallelism, p);
    }
}
