package io.fmscope.query.functions;

import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

/** count: rows whose value is present. */
final class CountAccumulator implements Accumulator {
    private long count;

    @Override
    public void add(Value value, long timestampMillis) {
        if (!value.isNull()) {
            count++;
        }
    }

    @Override
    public Value result() {
        return LongValue.of(count);
    }

    @Override
    public void merge(Accumulator other) {
        count += Aggregates.same(CountAccumulator.class, other).count;
    }
}
