package io.fmscope.query.plan;

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

    /** The scan at the bottom of the plan. */
    public static PlanNode.Scan scan(PlanNode n) {
        while (!(n instanceof PlanNode.Scan s)) n = input(n);
        return s;
    }
}
