package io.fmscope.query.plan;

import io.fmscope.query.ast.DiffCommand;
import io.fmscope.query.ast.Expr;

/**
 * {@code pattern}: mines {@code value} over every input row and yields one row per template, most frequent first.
 * With {@code diff} set, the input spans the query's range and the comparison range, and each row compares the two
 * (docs/query/commands/diff.md). {@code details} asks for what {@code anomaly} and {@code @tokens} need: the
 * variable tokens' values of every line, which cost one regex match per line.
 */
public record PatternNode(PlanNode input, Expr value, DiffCommand.Period diff, boolean details)
        implements PlanNode.Mining {
    @Override
    public PatternNode withInput(PlanNode in) {
        return new PatternNode(in, value, diff, details);
    }
}
