package io.fmscope.query.functions;

import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.util.HashSet;
import java.util.Set;

/**
 * count_distinct, exact: values are distinct when their texts differ (so 1, 1.0 and "1" are one value). Memory grows
 * with the number of distinct values, which the reference engine accepts for exactness.
 */
final class DistinctAccumulator implements Accumulator {
    private final Set<String> seen = new HashSet<>();

    @Override
    public void add(Value value, long timestampMillis) {
        if (!value.isNull()) {
            seen.add(value.asText());
        }
    }

    @Override
    public Value result() {
        return LongValue.of(seen.size());
    }

    @Override
    public void merge(Accumulator other) {
        seen.addAll(Aggregates.same(DistinctAccumulator.class, other).seen);
    }
}
