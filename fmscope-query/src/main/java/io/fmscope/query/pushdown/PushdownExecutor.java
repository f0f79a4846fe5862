package io.fmscope.query.pushdown;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryExecutionException;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.value.Value;
import io.fmscope.storage.EventScan;
import io.fmscope.storage.RowScan;
import io.fmscope.storage.ScanBuilder;
import io.fmscope.storage.ScanStatistics;
import io.fmscope.storage.StorageException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs an analyzed query over a store's scans: {@link PushdownPlanner} offers the plan to the backend; rows it
 * returns are finished by the planner's {@link RowsResidual}, events it returns go through the reference
 * operators with the steps it did not take. A backend that answers {@link StorageException.Kind#RETRYABLE} (its
 * schema changed while the plan was made) gets the plan again. A backend that takes nothing runs the reference
 * engine exactly as without this class.
 */
public final class PushdownExecutor {
    private static final int PLAN_ATTEMPTS = 3;
    private final QueryEngine engine;

    public PushdownExecutor(QueryEngine engine) {
        this.engine = engine;
    }

    /**
     * The rows of a run, the statistics (store counters where the backend knows them), and what ran where:
     * {@code rows: filter, stats, sort, limit}, {@code events: 2 filters} or {@code reference}.
     */
    public record Result(List<String> columns, List<List<Value>> rows, QueryResult.Statistics statistics,
                         String plan) {
    }

    /**
     * @param scans   fresh, addressed scan builders (groups and time range already set)
     * @param options the window, row cap, timeout and cancellation, as for {@link QueryEngine}
     */
    public Result execute(AnalyzedQuery query, Supplier<ScanBuilder> scans, QueryOptions options) {
        for (int attempt = 1; ; attempt++) {
            try {
                return switch (PushdownPlanner.plan(query, scans, options.maxRows())) {
                    case Pushdown.Rows r -> rows(r, options);
                    case Pushdown.Events e -> events(e, options);
                };
            } catch (StorageException e) {
                if (e.kind() != StorageException.Kind.RETRYABLE || attempt == PLAN_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Result rows(Pushdown.Rows r, QueryOptions options) {
        checkpoint(options, System.nanoTime() + options.timeout().toNanos());
        long deadline = System.nanoTime() + options.timeout().toNanos();
        try (RowScan scan = r.scan().openRows()) {
            List<List<Value>> rows = r.residual().apply(scan.columns(), () -> scan, options.maxRows());
            ScanStatistics s = scan.statistics();
            checkpoint(options, deadline);
            var stats = s == null ? new QueryResult.Statistics(0, rows.size(), 0, 0)
                    : new QueryResult.Statistics(s.recordsScanned(), s.recordsMatched(), s.bytesScanned(), 0);
            return new Result(r.residual().columns(), rows, stats, "rows: " + String.join(", ", r.stepsTaken()));
        }
    }

    private static void checkpoint(QueryOptions options, long deadline) {
        if (options.cancellation().isCancelled()) {
            throw new QueryExecutionException(QueryExecutionException.Kind.CANCELLED, "the query was cancelled", null);
        }
        if (System.nanoTime() > deadline) {
            throw new QueryExecutionException(QueryExecutionException.Kind.TIMED_OUT, "the query ran out of time",
                    null);
        }
    }

    private Result events(Pushdown.Events e, QueryOptions options) {
        AtomicReference<ScanStatistics> counted = new AtomicReference<>();
        EventSource source = new EventSource() {
            @Override
            public Stream<LogEvent> open() {
                return stream(e.scan(), counted);
            }

            // a diff also reads its comparison range, outside the window the scan was addressed to
            @Override
            public Stream<LogEvent> open(long startMillis, long endMillis) {
                return stream(e.scan().timeRange(startMillis, endMillis == Long.MAX_VALUE ? endMillis
                        : endMillis + 1), counted);
            }
        };
        QueryResult r = engine.execute(e.residual(), source, options);
        var s = r.statistics();
        ScanStatistics store = counted.get();
        String plan = e.filtersPushed() == 0 ? "reference"
                : "events: " + e.filtersPushed() + (e.filtersPushed() == 1 ? " filter" : " filters");
        var stats = store == null ? s : new QueryResult.Statistics(store.recordsScanned(), s.recordsMatched(),
                store.bytesScanned(), s.regexGaveUp());
        return new Result(r.columns(), r.rows(), stats, plan);
    }

    /** The scan's events as a stream; closing it records the store's counters first (they need the scan open). */
    private static Stream<LogEvent> stream(ScanBuilder b, AtomicReference<ScanStatistics> counted) {
        EventScan scan = b.open();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scan, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        counted.compareAndSet(null, scan.statistics());
                    } finally {
                        scan.close();
                    }
                });
    }
}
