package io.fmscope.query.exec;

import io.fmscope.query.analyzer.AnalyzedQuery;
import io.fmscope.query.analyzer.Analyzer;
import io.fmscope.query.analyzer.FunctionCatalog;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.Plans;
import io.fmscope.query.plan.SourceTimes;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The in-process reference engine: runs an analyzed query's plan as pull-based operators over an
 * {@link EventSource}. Every storage backend must return what this returns for the same query and events.
 */
public final class QueryEngine {
    private final FunctionRegistry functions;
    private final Analyzer analyzer;

    public QueryEngine() {
        this(FunctionRegistry.standard());
    }

    public QueryEngine(FunctionRegistry functions) {
        this.functions = functions;
        this.analyzer = new Analyzer(FunctionCatalog.of(functions), Analyzer.DEFAULT_MAX_STATS);
    }

    /** Parses, analyzes and runs {@code query}; throws QueryException for a bad query. */
    public QueryResult execute(String query, EventSource source, QueryOptions options) {
        return execute(analyzer.analyze(query), source, options);
    }

    public QueryResult execute(AnalyzedQuery query, EventSource source, QueryOptions options) {
        long now = options.nowMillis() != null ? options.nowMillis() : System.currentTimeMillis();
        QueryWindow window = window(query.plan(), options, now);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        ExecContext ctx = new ExecContext(window, options.cancellation(), deadline,
                q -> subquery(q, source, options.withNow(now).withProgress(Progress.NONE)));
        PlanNode.Project project = (PlanNode.Project) query.plan();
        long cap = rowCap(project, options);
        List<List<Value>> rows = new ArrayList<>();
        boolean truncated = false;
        // A diff reads its comparison range too, and on one thread: its windows are kept apart in the scan.
        DiffWindows diff = DiffWindows.of(query.plan(), window);
        OperatorBuilder builder = diff != null
                ? new OperatorBuilder(functions, ctx, source, options, null, null, diff)
                : parallel(project, source, options, ctx);
        List<FieldEval> columns = project.columns().stream()
                .map(c -> new FieldEval(List.of(c.split("\\.", -1)), null)).toList();
        Operator[] built = new Operator[1];
        if (options.progress().enabled()) {
            ctx.reportTo(options.progress(), () -> new QueryResult(project.columns(),
                    rows.isEmpty() ? preview(built[0], columns, cap) : rows, false, ctx.statisticsSoFar(),
                    query.warnings()));
        }
        try {
            Operator top = builder.build(project, cap + 1);
            built[0] = top;
            for (Row r = top.next(); r != null; r = top.next()) {
                ctx.maybeReport();
                if (rows.size() == cap) {
                    truncated = true;
                    break;
                }
                rows.add(values(r, columns));
            }
        } finally {
            builder.close();
        }
        var stats = new QueryResult.Statistics(ctx.scanned, ctx.matched, ctx.bytesScanned, ctx.regexGaveUp);
        return new QueryResult(project.columns(), rows, truncated, stats, query.warnings());
    }

    private static List<Value> values(Row r, List<FieldEval> columns) {
        List<Value> row = new ArrayList<>(columns.size());
        for (FieldEval c : columns) row.add(c.eval(r));
        return row;
    }

    /** Partial rows of a query that has returned none yet: what a sort holds so far, if the plan can say. */
    private static List<List<Value>> preview(Operator top, List<FieldEval> columns, long cap) {
        Operator p = top == null ? null : top.preview();
        List<List<Value>> out = new ArrayList<>();
        if (p == null) return out;
        for (Row r = p.next(); r != null && out.size() < cap; r = p.next()) out.add(values(r, columns));
        return out;
    }

    /** A builder that reads the source's parts on several threads when the plan allows it and the source splits. */
    private OperatorBuilder parallel(PlanNode plan, EventSource source, QueryOptions options, ExecContext ctx) {
        PlanNode top = options.parallelism() > 1 ? ParallelScan.chainTop(plan) : null;
        List<EventSource> parts = top == null ? List.of() : source.parts(options.parallelism() * PARTS_PER_THREAD);
        return parts.size() > 1 ? new OperatorBuilder(functions, ctx, source, options, top, parts, null)
                : new OperatorBuilder(functions, ctx, source, options, null, null, null);
    }

    /** More parts than threads evens out parts that filter or parse unevenly. */
    private static final int PARTS_PER_THREAD = 4;

    /** An explicit final {@code limit} sets the row count; otherwise {@code maxRows} does. */
    private static long rowCap(PlanNode.Project project, QueryOptions options) {
        if (project.input() instanceof PlanNode.Limit l) return Math.min(l.count(), QueryOptions.MAX_ROWS_LIMIT);
        return options.maxRows();
    }

    /** The options' window narrowed by the SOURCE command's START/END, if any. */
    private static QueryWindow window(PlanNode plan, QueryOptions options, long now) {
        var source = Plans.scan(plan).source();
        long start = options.startMillis();
        long end = options.endMillis();
        if (source.start() != null) start = Math.max(start, SourceTimes.resolve(source.start(), now));
        if (source.end() != null) end = Math.min(end, SourceTimes.resolve(source.end(), now));
        return new QueryWindow(start, end, now);
    }

    /** Runs a subquery over the same input and returns its single column's distinct values as a list. */
    private Value subquery(Expr.Subquery q, EventSource source, QueryOptions options) {
        AnalyzedQuery inner = analyzer.analyze(q.query(), null);
        QueryResult r = execute(inner, source, options.withMaxRows(QueryOptions.MAX_ROWS_LIMIT));
        Set<Value> values = new LinkedHashSet<>();
        for (List<Value> row : r.rows()) if (!row.get(0).isNull()) values.add(row.get(0));
        return Value.list(List.copyOf(values));
    }
}
