package io.fmscope.server.insights;

import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.exec.Cancellation;
import io.fmscope.query.exec.Progress;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryExecutionException;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.pushdown.PushdownExecutor;
import io.fmscope.storage.ScanBuilder;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One run of an analyzed query over the store through {@link PushdownExecutor} (steps the backend takes run
 * there as SQL, the rest in the reference operators), with StopQuery and the timeout mapped to
 * {@link InsightsEngine.Stopped}.
 */
final class PushedRun {
    private static final PushdownExecutor EXECUTOR = new PushdownExecutor(new QueryEngine());

    private PushedRun() {
    }

    static PushdownExecutor.Result execute(AnalyzedQuery query, Supplier<ScanBuilder> scans, long start, long end,
                                           int maxRows, Duration timeout, InsightsEngine.CancelSignal cancel,
                                           Progress progress) {
        Cancellation c = new Cancellation();
        cancel.onCancel(c::cancel);
        QueryOptions options = QueryOptions.defaults().withWindow(start, end)
                .withMaxRows(Math.min(maxRows, QueryOptions.MAX_ROWS_LIMIT)).withTimeout(timeout).withCancellation(c)
                .withProgress(progress);
        try {
            return EXECUTOR.execute(query, scans, options);
        } catch (QueryExecutionException e) {
            if (e.kind() == QueryExecutionException.Kind.FAILED) {
                throw e;
            }
            throw new InsightsEngine.Stopped(e.kind() == QueryExecutionException.Kind.TIMED_OUT, e.getMessage());
        }
    }
}
