package io.fmscope.query.analyzer;

import io.fmscope.query.analyzer.ExprChecker.Place;
import io.fmscope.query.ast.Command;
import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Projection;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.PlanNode.AggregateCall;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one {@code stats} into an {@link PlanNode.Aggregate}: group keys, the aggregate calls (each given a slot
 * field), and output expressions in which each aggregate call is replaced by its slot. An output may use keys and
 * earlier outputs of the same stats ({@code provisonedMemoryMB - maxMemoryUsedMB}).
 */
final class StatsAnalyzer {
    /** Slot names cannot collide with query fields: no query text can spell a control character. */
    static final String SLOT_PREFIX = "\u0001agg";

    private final AnalysisContext ctx;
    private final ExprChecker checker;

    StatsAnalyzer(AnalysisContext ctx, ExprChecker checker) {
        this.ctx = ctx;
        this.checker = checker;
    }

    /** The aggregate step; {@code input} is filled in when the plan is assembled. */
    record Shape(List<NamedExpr> keys, List<AggregateCall> calls, List<NamedExpr> outputs, String timestampKey,
                 List<String> columns) {}

    Shape analyze(Command.Stats stats, Scope scope, boolean strict) {
        List<NamedExpr> keys = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        String timestampKey = null;
        for (Projection p : stats.groupBy()) {
            checker.check(p.expr(), Place.STATS_KEY, scope, strict, Set.of());
            String name = unique(Labels.of(p, ctx.text()), names, p);
            keys.add(new NamedExpr(name, p.expr()));
            if (timestampKey == null && p.expr() instanceof Expr.Call c && c.name().equalsIgnoreCase("bin")) {
                timestampKey = name;
            }
        }
        List<AggregateCall> calls = new ArrayList<>();
        List<NamedExpr> outputs = new ArrayList<>();
        for (Projection p : stats.aggregates()) {
            List<Expr.Call> found = checker.check(p.expr(), Place.STATS_OUTPUT, scope, strict, Set.copyOf(names));
            if (found.isEmpty() && Exprs.noFields(p.expr())) {
                throw ctx.error("stats needs an aggregate function such as count(*) or avg(field) here", p.expr().span());
            }
            Map<Expr, String> slots = new IdentityHashMap<>();
            for (Expr.Call c : found) {
                String slot = SLOT_PREFIX + calls.size();
                slots.put(c, slot);
                String function = ctx.catalog().lookup(c.name()).orElseThrow().name();
                calls.add(new AggregateCall(slot, function,
                        c.args().stream().filter(a -> !(a instanceof Expr.Star)).toList()));
            }
            String name = unique(Labels.of(p, ctx.text()), names, p);
            outputs.add(new NamedExpr(name, ExprRewriter.replace(p.expr(), e -> {
                String slot = slots.get(e);
                return slot == null ? null : new Expr.Field(List.of(slot), e.span());
            })));
        }
        List<String> columns = new ArrayList<>(names);
        return new Shape(keys, calls, outputs, timestampKey, columns);
    }

    private String unique(String name, Set<String> names, Projection p) {
        if (!names.add(name)) {
            throw ctx.error("stats produces two columns named '" + name + "'; give one an alias with 'as'", p.span());
        }
        return name;
    }

    /** Tiny local helper: whether an expression mentions no field at all (e.g. a constant). */
    private static final class Exprs {
        static boolean noFields(Expr e) {
            return io.fmscope.query.ast.Exprs.fields(e).isEmpty();
        }
    }
}
