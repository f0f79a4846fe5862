package io.fmscope.server.insights;

import io.fmscope.query.json.SystemFields;
import io.fmscope.query.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites an event-row plan so each result row also carries {@code @ptr}: the scan resolves it and the
 * projection emits it as a last column. Nothing else changes, so the rows are the reference engine's.
 */
final class PointerPlans {
    private PointerPlans() {
    }

    /** {@code project} with {@code @ptr} scanned and appended to its columns. */
    static PlanNode.Project withPointer(PlanNode.Project project) {
        List<String> cols = new ArrayList<>(project.columns());
        cols.add(SystemFields.PTR);
        return new PlanNode.Project(scanPointer(project.input()), cols);
    }

    private static PlanNode scanPointer(PlanNode n) {
        return switch (n) {
            case PlanNode.Scan s -> s.fields().contains(SystemFields.PTR) ? s : new PlanNode.Scan(s.source(), with(s.fields()));
            case PlanNode.Filter f -> new PlanNode.Filter(scanPointer(f.input()), f.condition());
            case PlanNode.Compute c -> new PlanNode.Compute(scanPointer(c.input()), c.outputs());
            case PlanNode.Parse p -> new PlanNode.Parse(scanPointer(p.input()), p.source(), p.pattern(), p.names());
            case PlanNode.Unnest u -> new PlanNode.Unnest(scanPointer(u.input()), u.list(), u.alias());
            case PlanNode.Aggregate a -> new PlanNode.Aggregate(scanPointer(a.input()), a.keys(), a.calls(), a.outputs(),
                    a.timestampKey());
            case PlanNode.Sort s -> new PlanNode.Sort(scanPointer(s.input()), s.keys(), s.implicit());
            case PlanNode.Limit l -> new PlanNode.Limit(scanPointer(l.input()), l.count(), l.any());
            case PlanNode.Dedup d -> new PlanNode.Dedup(scanPointer(d.input()), d.fields());
            case PlanNode.Project p -> new PlanNode.Project(scanPointer(p.input()), p.columns());
            case PlanNode.Mining m -> m.withInput(scanPointer(m.input()));
        };
    }

    private static List<String> with(List<String> fields) {
        List<String> out = new ArrayList<>(fields);
        out.add(SystemFields.PTR);
        return out;
    }
}
