package io.fmscope.query.plan;

import io.fmscope.query.ast.Expr;
import io.fmscope.query.ast.Exprs;
import java.util.ArrayList;
import java.util.List;

/** Small helpers over plan trees. */
public final class Plans {
    private Plans() {}

    /** The input of a node; a scan is its own input. */
    public static PlanNode input(PlanNode n) {
        return switch (n) {
            case PlanNode.Scan s -> s;
            case PlanNode.Filter f -> f.input();
            case PlanNode.Compute c -> c.input();
            case PlanNode.Parse p -> p.input();
            case PlanNode.Unnest u -> u.input();
            case PlanNode.Aggregate a -> a.input();
            case PlanNode.Sort s -> s.input();
            case PlanNode.Limit l -> l.input();
            case PlanNode.Dedup d -> d.input();
            case PlanNode.Project p -> p.input();
            case PlanNode.Mining m -> m.input();
        };
    }

    /** The expressions of one node (not of its input), in no particular order. */
    public static List<Expr> expressions(PlanNode n) {
        List<Expr> out = new ArrayList<>();
        switch (n) {
            case PlanNode.Scan s -> { }
            case PlanNode.Filter f -> out.add(f.condition());
            case PlanNode.Compute c -> c.outputs().forEach(o -> out.add(o.expr()));
            case PlanNode.Parse p -> out.add(p.source());
            case PlanNode.Unnest u -> out.add(u.list());
            case PlanNode.Aggregate a -> {
                a.keys().forEach(k -> out.add(k.expr()));
                a.calls().forEach(c -> out.addAll(c.args()));
                a.outputs().forEach(o -> out.add(o.expr()));
            }
            case PlanNode.Sort s -> s.keys().forEach(k -> out.add(k.expr()));
            case PlanNode.Limit l -> { }
            case PlanNode.Dedup d -> out.addAll(d.fields());
            case PlanNode.Project p -> { }
            case PatternNode pn -> out.add(pn.value());
            case AnomalyNode an -> { }
        }
        return out;
    }

    /** Whether an expression of {@code n} or of any node below it holds a subquery ({@code f in (query)}). */
    public static boolean hasSubquery(PlanNode n) {
        for (PlanNode at = n; ; at = input(at)) {
            for (Expr e : expressions(at)) {
                boolean[] found = {false};
                Exprs.walk(e, x -> found[0] |= x instanceof Expr.Subquery);
                if (found[0]) return true;
            }
            if (at instanceof PlanNode.Scan) return false;
        }
    }

    /** The scan at the bottom of the plan. */
    public static PlanNode.Scan scan(PlanNode n) {
        while (!(n instanceof PlanNode.Scan s)) n = input(n);
        return s;
    }
}
