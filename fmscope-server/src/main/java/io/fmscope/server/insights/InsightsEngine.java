package io.fmscope.server.insights;

import io.fmscope.storage.ScanBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the query service needs from a Logs Insights engine: compile a query string (a compile error becomes
 * MalformedQueryException with its location), then run it over the events of a time window.
 */
public interface InsightsEngine {

    /** Parses and analyzes; throws {@link CompileError} for a malformed query. */
    PreparedQuery prepare(String queryString);

    /** A compiled query, reusable and thread-safe. */
    interface PreparedQuery {

        /**
         * Runs over the events of the scans {@code scans} supplies: fresh builders, already addressed to the
         * query's log groups and time range, to which the engine may push query steps down.
         *
         * @param startMillis first event time included
         * @param endMillis   last event time included
         * @param maxRows     rows returned when the query has no final {@code limit}
         * @param partial     where partial results go while the query runs
         * @throws Stopped when cancelled or out of time
         */
        Output run(Supplier<ScanBuilder> scans, long startMillis, long endMillis, int maxRows,
                   Duration timeout, CancelSignal cancel, Partials partial);
    }

    /**
     * Partial results of a running query, at most once per {@code every}, on the query's thread: the rows and
     * counters so far (see {@link io.fmscope.query.exec.Progress}).
     */
    record Partials(Consumer<Output> sink, Duration every) {
        public static final Partials NONE = new Partials(o -> { }, Duration.ZERO);
    }

    /**
     * The rows of a run and the engine's counters; {@code plan} says what the storage ran (e.g.
     * {@code rows: filter, stats, sort, limit}, {@code events: 1 filter}, {@code reference}).
     */
    record Output(List<Row> rows, long recordsMatched, long recordsScanned, long bytesScanned, String plan) {
    }

    /** One result row; {@code ptr} is the pointer of the event it came from (null for aggregated rows). */
    record Row(List<Cell> cells, String ptr) {
    }

    /** One {@code {field, value}} pair as GetQueryResults shows it (every value is a string). */
    record Cell(String field, String value) {
    }

    /** A malformed query: the message and 0-based character offsets into the query string. */
    final class CompileError extends RuntimeException {
        private final int start;
        private final int end;

        public CompileError(String message, int start, int end) {
            super(message);
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    /** A run that ended early: cancelled, or timed out when {@code timedOut}. */
    final class Stopped extends RuntimeException {
        private final boolean timedOut;

        public Stopped(boolean timedOut, String message) {
            super(message);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    /** Lets StopQuery reach a running engine: the engine registers how to stop itself. */
    final class CancelSignal {
        private volatile boolean cancelled;
        private volatile Runnable hook = () -> { };

        public void cancel() {
            cancelled = true;
            hook.run();
        }

        public boolean cancelled() {
            return cancelled;
        }

        /** Runs {@code onCancel} on cancellation (at once if already cancelled). */
        public void onCancel(Runnable onCancel) {
            hook = onCancel;
            if (cancelled) {
                onCancel.run();
            }
        }
    }
}
