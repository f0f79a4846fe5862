package io.fmscope.query.exec;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.plan.AnomalyNode;
import io.fmscope.query.plan.PatternNode;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.Plans;
import java.util.ArrayList;
import java.util.List;

/** Turns a logical plan into a chain of operators over one pass of the event source. */
final class OperatorBuilder {
    private final FunctionRegistry functions;
    private final ExecContext ctx;
    private final EventSource source;
    private final QueryOptions options;
    private final DiffWindows diff;
    private PatternOperator pattern;
    private ScanLayout layout;
    private ExprCompiler compiler;
    private final PlanNode parallelTop;
    private final List<EventSource> parts;
    private boolean counted;
    private EventCursor cursor;
    private PartsOperator partsOperator;

    /**
     * @param parallelTop the top of the chain to read from {@code parts} in parallel ({@link ParallelScan}), or null
     * @param parts       the source's parts (two or more), or null
     * @param diff        the two time ranges of a diff query, or null (a diff is never read in parallel)
     */
    OperatorBuilder(FunctionRegistry functions, ExecContext ctx, EventSource source, QueryOptions options,
                    PlanNode parallelTop, List<EventSource> parts, DiffWindows diff) {
        this.functions = functions;
        this.ctx = ctx;
        this.source = source;
        this.options = options;
        this.diff = diff;
        this.parallelTop = parallelTop;
        this.parts = parts;
    }

    /** Closes what {@link #build} opened: the scan's cursor, or the parallel readers. */
    void close() {
        if (cursor != null) cursor.close();
        if (partsOperator != null) partsOperator.close();
    }

    /** {@code keep}: how many rows the consumer wants at most (lets a sort keep a bounded heap). */
    Operator build(PlanNode node, long keep) {
        if (node == parallelTop && parts != null) {
            layout = new ScanLayout(Plans.scan(node).fields()); // the rows' layout, for the steps above
            compiler = new ExprCompiler(functions, layout, ctx);
            partsOperator = new PartsOperator(node, parts, functions, ctx, options,
                    Math.min(options.parallelism(), parts.size()));
            return partsOperator;
        }
        return switch (node) {
            case PlanNode.Scan s -> {
                layout = new ScanLayout(s.fields());
                compiler = new ExprCompiler(functions, layout, ctx);
                EventFields fields = new EventFields(layout.names(), options.discovery());
                if (diff != null) {
                    QueryWindow read = diff.readWindow();
                    cursor = EventCursor.of(source.open(read.startMillis(), read.endMillis()), fields);
                    yield diff.keepWindows(new ScanOperator(cursor, s.source(), layout, ctx, read));
                }
                cursor = source.scan(fields);
                yield new ScanOperator(cursor, s.source(), layout, ctx, ctx.window());
            }
            case PlanNode.Filter f -> {
                Operator in = build(f.input(), Long.MAX_VALUE);
                yield RowOperators.filter(in, compiler.compile(f.condition()));
            }
            case PlanNode.Compute c -> {
                Operator in = build(c.input(), keep);
                yield RowOperators.compute(in, c.outputs().stream().map(PlanNode.NamedExpr::name).toList(),
                        compiler.compileAll(c.outputs().stream().map(PlanNode.NamedExpr::expr).toList()));
            }
            case PlanNode.Parse p -> {
                Operator in = build(p.input(), keep);
                yield new ParseOperator(in, compiler.compile(p.source()), p.pattern(), p.names(), ctx);
            }
            case PlanNode.Unnest u -> {
                Operator in = build(u.input(), Long.MAX_VALUE);
                yield RowOperators.unnest(in, compiler.compile(u.list()), u.alias());
            }
            case PlanNode.Aggregate a -> aggregate(a);
            case PlanNode.Sort s -> {
                Operator in = counted(build(s.input(), Long.MAX_VALUE));
                boolean[] desc = new boolean[s.keys().size()];
                List<Eval> keys = new ArrayList<>();
                for (int i = 0; i < desc.length; i++) {
                    desc[i] = s.keys().get(i).descending();
                    keys.add(compiler.compile(s.keys().get(i).expr()));
                }
                yield new SortOperator(in, keys, desc, keep);
            }
            case PlanNode.Limit l -> {
                Operator in = counted(build(l.input(), l.any() ? Long.MAX_VALUE : l.count()));
                yield RowOperators.limit(in, l.count());
            }
            case PlanNode.Dedup d -> {
                Operator in = counted(build(d.input(), Long.MAX_VALUE));
                yield new DedupOperator(in, d.fields().stream().map(f -> compiler.compile(f)).toList());
            }
            case PlanNode.Project p -> counted(build(p.input(), keep));
            case PlanNode.Mining m -> mining(m);
        };
    }

    /** pattern/diff read every row; their rows, like stats rows, have no scan slots. */
    private Operator mining(PlanNode.Mining m) {
        return switch (m) {
            case PatternNode p -> {
                Operator in = counted(build(p.input(), Long.MAX_VALUE));
                Eval value = compiler.compile(p.value());
                compiler = new ExprCompiler(functions, null, ctx);
                pattern = new PatternOperator(in, value, p, ctx, p.diff() == null ? null : diff);
                yield pattern;
            }
            case AnomalyNode a -> {
                Operator in = build(a.input(), Long.MAX_VALUE);
                yield new AnomalyOperator(in, pattern);
            }
        };
    }

    private Operator aggregate(PlanNode.Aggregate a) {
        Operator in = counted(build(a.input(), Long.MAX_VALUE));
        List<AggregateOperator.Call> calls = new ArrayList<>();
        for (PlanNode.AggregateCall c : a.calls()) {
            var spec = functions.lookup(c.function()).orElseThrow();
            List<Expr> args = c.args();
            Eval argument = args.isEmpty() ? null : compiler.compile(args.get(0));
            List<Eval> params = compiler.compileAll(args.isEmpty() ? List.of() : args.subList(1, args.size()));
            calls.add(new AggregateOperator.Call(c.slot(), spec.aggregate(), argument, params));
        }
        List<Eval> keys = compiler.compileAll(a.keys().stream().map(PlanNode.NamedExpr::expr).toList());
        compiler = new ExprCompiler(functions, null, ctx); // stats rows have no scan slots
        return new AggregateOperator(in, a.keys().stream().map(PlanNode.NamedExpr::name).toList(), keys, calls,
                a.outputs().stream().map(PlanNode.NamedExpr::name).toList(),
                compiler.compileAll(a.outputs().stream().map(PlanNode.NamedExpr::expr).toList()),
                a.timestampKey(), ctx);
    }

    private Operator counted(Operator in) {
        if (counted) return in;
        counted = true;
        return RowOperators.countMatched(in, ctx);
    }
}
