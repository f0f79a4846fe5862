package io.fmscope.query.pushdown;

import io.fmscope.query.plan.PlanNode.AggregateCall;
import io.fmscope.query.plan.PlanNode.NamedExpr;
import io.fmscope.storage.PlanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code stats}: group keys and aggregate arguments over scan fields (computed names replaced by their
 * expressions), and outputs over the aggregate slots, the keys and earlier outputs, as in
 * {@link io.fmscope.query.plan.PlanNode.Aggregate}. The rows have the {@link #columns()}; without a sort step they
 * come in the order each group's first event was scanned, which is the order the reference hash aggregation
 * emits them in.
 */
public record StatsStep(List<NamedExpr> keys, List<AggregateCall> calls, List<NamedExpr> outputs,
                        String timestampKey) implements PlanStep {
    public StatsStep {
        keys = List.copyOf(keys);
        calls = List.copyOf(calls);
        outputs = List.copyOf(outputs);
    }

    /** Keys, outputs, then {@code @timestamp} (the {@code bin()} key's value) when a bin key names no column so. */
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        keys.forEach(k -> names.add(k.name()));
        outputs.forEach(o -> names.add(o.name()));
        if (timestampKey != null && !names.contains("@timestamp")) {
            names.add("@timestamp");
        }
        return names;
    }
}
