package io.fmscope.query.analyzer;

import io.fmscope.query.ast.Query;
import io.fmscope.query.plan.PlanNode;
import java.util.List;

/**
 * A query that passed analysis: its logical plan, the result columns in order, and warnings about legal but
 * suspicious parts. {@code aggregated} tells whether the result rows are stats groups rather than events.
 */
public record AnalyzedQuery(Query query, PlanNode plan, List<String> columns, boolean aggregated,
                            List<Warning> warnings) {
    public AnalyzedQuery {
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }
}
