package io.fmscope.query.functions;

import io.fmscope.query.value.Collation;
import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;

/** sortsFirst and sortsLast: the extreme value under the natural sort of {@code sort}; ties keep the first seen. */
final class CollatedAccumulator implements Accumulator {
    private final boolean first;
    private Value best = Value.NULL;

    CollatedAccumulator(boolean first) {
        this.first = first;
    }

    @Override
    public void add(Value value, long timestampMillis) {
        if (value.isNull() || Coercion.isStructure(value)) {
            return;
        }
        int c = best.isNull() ? -1 : Collation.compare(value, best);
        if (first ? c < 0 : c > 0 || best.isNull()) {
            best = value;
        }
    }

    @Override
    public Value result() {
        return best;
    }

    @Override
    public void merge(Accumulator other) {
        Value o = Aggregates.same(CollatedAccumulator.class, other).best;
        if (!o.isNull()) {
            add(o, 0);
        }
    }
}
