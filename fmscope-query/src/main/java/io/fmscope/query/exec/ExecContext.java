package io.fmscope.query.exec;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.functions.FunctionException;
import io.fmscope.query.functions.RegexBudgetException;
import io.fmscope.query.value.Value;
import java.util.function.Function;
import java.util.function.Supplier;

/** Per-execution state: the window, cancellation and deadline checks, counters, and subquery evaluation. */
final class ExecContext {
    private final QueryWindow window;
    private final Cancellation cancellation;
    private final long deadlineNanos;
    private final Function<Expr.Subquery, Value> subqueries;
    long scanned;
    long bytesScanned;
    long matched;
    long regexGaveUp;

    ExecContext(QueryWindow window, Cancellation cancellation, long deadlineNanos,
                Function<Expr.Subquery, Value> subqueries) {
        this.window = window;
        this.cancellation = cancellation;
        this.deadlineNanos = deadlineNanos;
        this.subqueries = subqueries;
    }

    /** A context for reading one part of a split source: same window and limits, its own counters, no subqueries. */
    ExecContext forPart() {
        return new ExecContext(window, cancellation, deadlineNanos, q -> {
            throw new IllegalStateException("a subquery in a part scan");
        });
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
