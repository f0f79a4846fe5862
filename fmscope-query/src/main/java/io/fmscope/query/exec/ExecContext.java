package io.fmscope.query.exec;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.functions.FunctionException;
import io.fmscope.query.functions.RegexBudgetException;
import io.fmscope.query.value.Value;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Per-execution state: the window, cancellation and deadline checks, counters, subquery evaluation and the
 * partial-results clock.
 */
final class ExecContext {
    private final QueryWindow window;
    private final Cancellation cancellation;
    private final long deadlineNanos;
    private final Function<Expr.Subquery, Value> subqueries;
    long scanned;
    long bytesScanned;
    long matched;
    long regexGaveUp;
    private Progress progress = Progress.NONE;
    private Supplier<QueryResult> snapshot;
    private long nextReport;
    /** Parts being read on other threads whose counters are not yet added to these (partial results only). */
    private final Set<ExecContext> openParts = ConcurrentHashMap.newKeySet();
    private final ExecContext parent;

    ExecContext(QueryWindow window, Cancellation cancellation, long deadlineNanos,
                Function<Expr.Subquery, Value> subqueries) {
        this(window, cancellation, deadlineNanos, subqueries, null);
    }

    private ExecContext(QueryWindow window, Cancellation cancellation, long deadlineNanos,
                        Function<Expr.Subquery, Value> subqueries, ExecContext parent) {
        this.parent = parent;
        this.window = window;
        this.cancellation = cancellation;
        this.deadlineNanos = deadlineNanos;
        this.subqueries = subqueries;
    }

    /** A context for reading one part of a split source: same window and limits, its own counters, no subqueries. */
    ExecContext forPart() {
        ExecContext part = new ExecContext(window, cancellation, deadlineNanos, q -> {
            throw new IllegalStateException("a subquery in a part scan");
        }, this);
        if (progress.enabled()) openParts.add(part);
        return part;
    }

    /** The part's counters were added to these: partial results stop adding them separately. */
    void partMerged(ExecContext part) {
        openParts.remove(part);
    }

    /** Reports {@code snapshot} to {@code p} at most once per {@link Progress#every()}, from {@link #checkpoint}. */
    void reportTo(Progress p, Supplier<QueryResult> snapshot) {
        this.progress = p;
        this.snapshot = snapshot;
        this.nextReport = System.nanoTime() + p.every().toNanos();
    }

    /** Counters so far, with those of parts still being read (read racily: a progress figure, not a result). */
    QueryResult.Statistics statisticsSoFar() {
        long s = scanned;
        long b = bytesScanned;
        long r = regexGaveUp;
        for (ExecContext p : openParts) {
            s += p.scanned;
            b += p.bytesScanned;
            r += p.regexGaveUp;
        }
        return new QueryResult.Statistics(s, matched, b, r);
    }

    /** Sends partial results if they are due; called on the query thread only. */
    void maybeReport() {
        if (snapshot != null && System.nanoTime() - nextReport >= 0) {
            nextReport = System.nanoTime() + progress.every().toNanos();
            progress.listener().partial(snapshot.get());
        }
    }

    QueryWindow window() {
        return window;
    }

    /** Throws when the query was cancelled or ran past its time limit. */
    void checkpoint() {
        if (cancellation.isCancelled()) {
            throw new QueryExecutionException(QueryExecutionException.Kind.CANCELLED, "query cancelled", null);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new QueryExecutionException(QueryExecutionException.Kind.TIMED_OUT,
                    "query exceeded its time limit", null);
        }
        if (parent == null) maybeReport();
    }

    void regexGaveUp() {
        regexGaveUp++;
    }

    /** Runs a function; a regex that gives up yields NULL (counted), any other function error fails the query. */
    Value guard(Supplier<Value> call, String function) {
        try {
            return call.get();
        } catch (RegexBudgetException e) {
            regexGaveUp++;
            return Value.NULL;
        } catch (FunctionException e) {
            throw new QueryExecutionException(QueryExecutionException.Kind.FAILED,
                    function + ": " + e.getMessage(), e);
        }
    }

    /** Creates an accumulator; an invalid parameter (e.g. pct(x, 101)) fails the query with the function's reason. */
    io.fmscope.query.functions.Accumulator guardCreate(Supplier<io.fmscope.query.functions.Accumulator> create,
                                                      String what) {
        try {
            return create.get();
        } catch (FunctionException e) {
            throw new QueryExecutionException(QueryExecutionException.Kind.FAILED, e.getMessage(), e);
        }
    }

    /** The subquery's values, computed on first use and then reused for every row. */
    Eval subquery(Expr.Subquery q) {
        Value[] cached = new Value[1];
        return row -> {
            if (cached[0] == null) cached[0] = subqueries.apply(q);
            return cached[0];
        };
    }
}
