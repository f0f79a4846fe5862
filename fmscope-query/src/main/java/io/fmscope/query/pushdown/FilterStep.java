package io.fmscope.query.pushdown;

import io.fmscope.query.ast.Expr;
import io.fmscope.storage.PlanStep;

/**
 * Keep the events whose {@code condition} is true (NULL counts as false, as in {@code filter}). The condition
 * reads scan fields only: names that earlier {@code fields} commands computed are already replaced by their
 * expressions. A backend takes it only if it evaluates the condition exactly as the reference operators do.
 */
public record FilterStep(Expr condition) implements PlanStep {
}
