package io.fmscope.query.pushdown;

import io.fmscope.query.plan.PlanNode.Sort.Key;
import io.fmscope.storage.PlanStep;
import java.util.List;

/**
 * Order the rows of an earlier fields or stats step by these keys, each a plain field naming one of its
 * columns, with the reference's rules: the natural collation of {@code sort}, NULL last in both directions,
 * ties in the rows' earlier order.
 */
public record SortStep(List<Key> keys) implements PlanStep {
    public SortStep {
        keys = List.copyOf(keys);
    }
}
