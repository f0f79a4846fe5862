package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.ParsePattern;
import io.fmscope.query.ast.Span;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The plan steps in command order, assembled over a scan at the end. Assembly adds the implicit orders
 * (docs/query/semantics.md): event rows default to {@code @timestamp desc} before the first dedup or limit (or at
 * the end); stats rows default to their group keys ascending.
 */
final class PlanSteps {
    private enum Kind { ROW, SORT, CUT, CUT_ANY, AGGREGATE }

    private record Step(Kind kind, UnaryOperator<PlanNode> build, List<NamedExpr> keys) {
        Step(Kind kind, UnaryOperator<PlanNode> build) {
            this(kind, build, List.of());
        }
    }

    private final List<Step> steps = new ArrayList<>();

    void filter(Expr condition) {
        steps.add(new Step(Kind.ROW, in -> new PlanNode.Filter(in, condition)));
    }

    void compute(List<NamedExpr> outputs) {
        steps.add(new Step(Kind.ROW, in -> new PlanNode.Compute(in, outputs)));
    }

    void parse(Expr.Field source, ParsePattern pattern, List<String> names) {
        steps.add(new Step(Kind.ROW, in -> new PlanNode.Parse(in, source, pattern, names)));
    }

    void unnest(Expr list, String alias) {
        steps.add(new Step(Kind.ROW, in -> new PlanNode.Unnest(in, list, alias)));
    }

    void aggregate(StatsAnalyzer.Shape s) {
        steps.add(new Step(Kind.AGGREGATE,
                in -> new PlanNode.Aggregate(in, s.keys(), s.calls(), s.outputs(), s.timestampKey()), s.keys()));
    }

    void sort(List<PlanNode.Sort.Key> keys) {
        steps.add(new Step(Kind.SORT, in -> new PlanNode.Sort(in, keys, false)));
    }

    void limit(long count, boolean any) {
        steps.add(new Step(any ? Kind.CUT_ANY : Kind.CUT, in -> new PlanNode.Limit(in, count, any)));
    }

    void dedup(List<Expr.Field> fields) {
        steps.add(new Step(Kind.CUT, in -> new PlanNode.Dedup(in, fields)));
    }

    /** pattern/diff: an aggregate without keys (its operator orders the rows); anomaly: a row step. */
    void mining(UnaryOperator<PlanNode> build, boolean aggregate) {
        steps.add(new Step(aggregate ? Kind.AGGREGATE : Kind.ROW, build));
    }

    PlanNode assemble(PlanNode.Scan scan, List<String> columns) {
        List<Step> all = new ArrayList<>(steps);
        addImplicitSort(all);
        PlanNode node = scan;
        for (Step s : all) node = s.build().apply(node);
        return new PlanNode.Project(node, columns);
    }

    private static void addImplicitSort(List<Step> all) {
        int lastAggregate = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i).kind() == Kind.AGGREGATE) lastAggregate = i;
        if (lastAggregate >= 0) {
            List<NamedExpr> keys = all.get(lastAggregate).keys();
            boolean sorted = all.subList(lastAggregate + 1, all.size()).stream().anyMatch(s -> s.kind() == Kind.SORT);
            if (!sorted && !keys.isEmpty()) {
                List<PlanNode.Sort.Key> byKeys = keys.stream()
                        .map(k -> new PlanNode.Sort.Key(Expr.Field.of(k.name(), Span.NONE), false)).toList();
                all.add(lastAggregate + 1, new Step(Kind.SORT, in -> new PlanNode.Sort(in, byKeys, true)));
            }
            return;
        }
        for (int i = 0; i <= all.size(); i++) {
            Kind k = i < all.size() ? all.get(i).kind() : null;
            if (k == Kind.SORT || k == Kind.CUT_ANY) return;
            if (k == null || k == Kind.CUT) {
                var byTime = List.of(new PlanNode.Sort.Key(Expr.Field.of("@timestamp", Span.NONE), true));
                all.add(i, new Step(Kind.SORT, in -> new PlanNode.Sort(in, byTime, true)));
                return;
            }
        }
    }
}
