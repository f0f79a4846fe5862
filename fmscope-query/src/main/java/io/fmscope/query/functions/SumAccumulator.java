package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

/**
 * sum and avg over the numeric values (non-numeric ones are skipped). Integers add exactly in a long until one
 * overflows or a decimal arrives; from then on a compensated (Neumaier) double sum keeps the error tiny and
 * independent of how rows were split between merged accumulators.
 */
final class SumAccumulator implements Accumulator {
    private final boolean average;
    private long count;
    private long exact;
    private boolean exactOnly = true;
    private double sum;
    private double compensation;

    SumAccumulator(boolean average) {
        this.average = average;
    }

    @Override
    public void add(Value value, long timestampMillis) {
        Value n = Coercion.toNumber(value);
        if (n instanceof LongValue l) {
            count++;
            addLong(l.value());
        } else if (n instanceof DoubleValue d) {
            count++;
            toDouble();
            addDouble(d.value());
        }
    }

    private void addLong(long v) {
        if (exactOnly) {
            long r = exact + v;
            if (((exact ^ r) & (v ^ r)) >= 0) {
                exact = r;
                return;
            }
            toDouble();
        }
        addDouble(v);
    }

    private void toDouble() {
        if (exactOnly) {
            exactOnly = false;
            sum = exact;
            compensation = 0;
        }
    }

    private void addDouble(double v) {
        double t = sum + v;
        compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }

    @Override
    public Value result() {
        if (count == 0) {
            return Value.NULL;
        }
        if (average) {
            return Value.of((exactOnly ? (double) exact : sum + compensation) / count);
        }
        return exactOnly ? LongValue.of(exact) : Value.of(sum + compensation);
    }

    @Override
    public void merge(Accumulator other) {
        SumAccumulator o = Aggregates.same(SumAccumulator.class, other);
        count += o.count;
        if (o.exactOnly) {
            addLong(o.exact);
        } else {
            toDouble();
            addDouble(o.sum);
            addDouble(o.compensation);
        }
    }
}
