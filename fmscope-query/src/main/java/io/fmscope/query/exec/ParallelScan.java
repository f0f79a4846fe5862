package io.fmscope.query.exec;

import io.fmscope.query.json.SystemFields;
import io.fmscope.query.plan.PlanNode;
import io.fmscope.query.plan.Plans;

/**
 * Which part of a plan may read a split source on several threads without changing the result: the chain of
 * row-at-a-time steps on top of the scan (filter, fields, parse, unnest), when a step that reads every row (stats or
 * a sort) consumes it, so every part is read in full and the rows still arrive in source order. Not when the chain
 * holds a subquery (it would run once per part) or the query reads {@code @ptr} (file events number their lines,
 * which a part starting mid-file does not know).
 */
final class ParallelScan {
    private ParallelScan() {
    }

    /** The top of the chain that may be scanned in parallel, or null when the plan must read sequentially. */
    static PlanNode chainTop(PlanNode plan) {
        PlanNode parent = null;
        PlanNode n = plan;
        while (!rowLocalChain(n)) { // ends at the latest at the scan, a chain by itself
            parent = n;
            n = Plans.input(n);
        }
        boolean consumedWhole = parent instanceof PlanNode.Aggregate || parent instanceof PlanNode.Sort;
        if (!consumedWhole || Plans.scan(n).fields().contains(SystemFields.PTR)) return null;
        return n;
    }

    /** Whether {@code n} and everything below it are row-local steps down to the scan, free of subqueries. */
    private static boolean rowLocalChain(PlanNode n) {
        for (PlanNode at = n; !(at instanceof PlanNode.Scan); at = Plans.input(at)) {
            boolean rowLocal = at instanceof PlanNode.Filter || at instanceof PlanNode.Compute
                    || at instanceof PlanNode.Parse || at instanceof PlanNode.Unnest;
            if (!rowLocal) return false;
        }
        return !Plans.hasSubquery(n);
    }
}
