package io.fmscope.query.plan;

/**
 * {@code anomaly}: keeps the pattern rows that show one of the five anomaly kinds, one row per anomaly, with its
 * kind, score and description (docs/query/commands/anomaly.md). It reads the statistics of the {@link PatternNode}
 * below it, which always exists (the analyzer checks it).
 */
public record AnomalyNode(PlanNode input) implements PlanNode.Mining {
    @Override
    public AnomalyNode withInput(PlanNode in) {
        return new AnomalyNode(in);
    }
}
