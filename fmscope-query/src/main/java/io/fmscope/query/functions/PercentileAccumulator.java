package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.util.Arrays;

/**
 * pct(f, p), exact nearest-rank: with the n numeric values sorted ascending, the value at 1-based rank
 * {@code ceil(p / 100 * n)} (rank 1 for p = 0). It is always a value that occurred, so {@code pct(latency, 99)} is
 * an actual latency, and it is independent of how rows were split between merged accumulators. All values are
 * kept (8 bytes each); CloudWatch's own pct is approximate, ours is the reference the approximations are checked
 * against.
 */
final class PercentileAccumulator implements Accumulator {
    private final double percent;
    private double[] values = new double[16];
    private int size;
    private boolean allIntegers = true;
    private boolean sorted = true;

    PercentileAccumulator(double percent) {
        this.percent = percent;
    }

    @Override
    public void add(Value value, long timestampMillis) {
        Value n = Coercion.toNumber(value);
        if (n.isNull()) {
            return;
        }
        allIntegers &= n instanceof LongValue;
        push(Coercion.toDouble(n));
    }

    private void push(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && v < values[size - 1]) {
            sorted = false;
        }
        values[size++] = v;
    }

    @Override
    public Value result() {
        if (size == 0) {
            return Value.NULL;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percent / 100.0 * size);
        double v = values[Math.max(1, Math.min(size, rank)) - 1];
        return allIntegers ? LongValue.of((long) v) : Value.of(v);
    }

    @Override
    public void merge(Accumulator other) {
        PercentileAccumulator o = Aggregates.same(PercentileAccumulator.class, other);
        allIntegers &= o.allIntegers;
        for (int i = 0; i < o.size; i++) {
            push(o.values[i]);
        }
    }
}
