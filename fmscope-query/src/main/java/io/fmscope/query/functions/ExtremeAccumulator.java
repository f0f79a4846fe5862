package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Collation;
import io.fmscope.query.value.Comparison;
import io.fmscope.query.value.TimestampValue;
import io.fmscope.query.value.Value;

/**
 * min and max. Numeric values win: the result is the extreme number (a timestamp stays a timestamp, so
 * {@code max(@timestamp)} is a time). Only when no value is numeric is the result the extreme text in natural-sort
 * order. Ties keep the first value seen.
 */
final class ExtremeAccumulator implements Accumulator {
    private final int sign;
    private Value bestNumber = Value.NULL;
    private Value bestNumberView = Value.NULL;
    private Value bestText = Value.NULL;

    ExtremeAccumulator(int sign) {
        this.sign = sign;
    }

    @Override
    public void add(Value value, long timestampMillis) {
        if (value.isNull() || Coercion.isStructure(value)) {
            return;
        }
        Value n = Coercion.toNumber(value);
        if (!n.isNull()) {
            offerNumber(value instanceof TimestampValue ? value : n, n);
        } else if (bestText.isNull() || sign * Collation.compare(value, bestText) > 0) {
            bestText = value;
        }
    }

    private void offerNumber(Value shown, Value view) {
        if (bestNumberView.isNull() || sign * Comparison.compareNumbers(view, bestNumberView) > 0) {
            bestNumber = shown;
            bestNumberView = view;
        }
    }

    @Override
    public Value result() {
        return bestNumber.isNull() ? bestText : bestNumber;
    }

    @Override
    public void merge(Accumulator other) {
        ExtremeAccumulator o = Aggregates.same(ExtremeAccumulator.class, other);
        if (!o.bestNumber.isNull()) {
            offerNumber(o.bestNumber, o.bestNumberView);
        }
        if (!o.bestText.isNull() && (bestText.isNull() || sign * Collation.compare(o.bestText, bestText) > 0)) {
            bestText = o.bestText;
        }
    }
}
