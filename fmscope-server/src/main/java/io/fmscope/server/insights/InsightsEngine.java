package io.fmscope.server.insights;

import io.fmscope.model.log.LogEvent;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the query service needs from a Logs Insights engine: compile a query string (a compile error becomes
 * MalformedQueryException with its location), then run it over a stream of events.
 */
public interface InsightsEngine {

    /** Parses and analyzes; throws {@link CompileError} for a malformed query. */
    PreparedQuery prepare(String queryString);

    /** A compiled query, reusable and thread-safe. */
    interface PreparedQuery {

        /**
         * Runs over {@code events} (ascending time order), producing at most {@code limit} rows.
         * {@code cancelled} is polled while scanning; when it turns true the run stops early.
         */
        Output run(Iterator<LogEvent> events, int limit, BooleanSupplier cancelled);
    }

    /** The rows of a run and how many events passed the query's filters. */
    record Output(List<Row> rows, long recordsMatched) {
    }

    /** One result row; {@code source} is the event it came from (null for aggregated rows), for {@code @ptr}. */
    record Row(List<Cell> cells, LogEvent source) {
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
}
