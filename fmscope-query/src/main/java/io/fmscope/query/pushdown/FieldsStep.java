package io.fmscope.query.pushdown;

import io.fmscope.query.plan.PlanNode.NamedExpr;
import io.fmscope.storage.PlanStep;
import java.util.List;

/**
 * Return rows instead of events: one column per named expression over scan fields (the query's result columns,
 * plus hidden columns its sort keys need). Rows come in scan order, {@code (@timestamp, @ptr)} ascending, unless a
 * sort step is taken too.
 */
public record FieldsStep(List<NamedExpr> columns) implements PlanStep {
    public FieldsStep {
        columns = List.copyOf(columns);
    }

    public List<String> names() {
        return columns.stream().map(NamedExpr::name).toList();
    }
}
