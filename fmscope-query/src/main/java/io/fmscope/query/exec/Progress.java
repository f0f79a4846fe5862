package io.fmscope.query.exec;

import java.time.Duration;
import java.util.Objects;

/**
 * Partial results while a query runs (GetQueryResults answers {@code Running} with them). At most once per
 * {@code every}, on the query's own thread, the listener gets the counters so far and the rows so far: while a
 * {@code sort} or {@code stats} still reads its input, the answer over the events read so far (see
 * {@link Operator#preview}); once rows are returned, a prefix of the final rows. {@code dedup} and
 * {@code pattern} show no rows until their input is read.
 *
 * @param listener called on the query thread; must not block for long
 * @param every    the least time between two reports; zero reports at every check (tests)
 */
public record Progress(Listener listener, Duration every) {
    /** No partial results. */
    public static final Progress NONE = new Progress(partial -> { }, Duration.ofDays(365));

    public Progress {
        Objects.requireNonNull(listener, "listener");
        if (every.isNegative()) throw new IllegalArgumentException("every must not be negative: " + every);
    }

    /** Receives one partial result: {@link QueryResult#truncated()} is false, the statistics are counts so far. */
    @FunctionalInterface
    public interface Listener {
        void partial(QueryResult soFar);
    }

    boolean enabled() {
        return this != NONE;
    }
}
