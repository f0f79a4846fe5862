package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;

/**
 * stddev: the sample standard deviation (divisor n - 1, as SQL's STDDEV) of the numeric values; 0 for a single
 * value, NULL for none. Welford's update, and Chan et al.'s combination for merge, keep it numerically stable.
 */
final class StddevAccumulator implements Accumulator {
    private long n;
    private double mean;
    private double m2;

    @Override
    public void add(Value value, long timestampMillis) {
        double x = Coercion.toDouble(value);
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    @Override
    public Value result() {
        if (n == 0) {
            return Value.NULL;
        }
        return n == 1 ? Value.of(0.0) : Value.of(Math.sqrt(Math.max(0, m2) / (n - 1)));
    }

    @Override
    public void merge(Accumulator other) {
        StddevAccumulator o = Aggregates.same(StddevAccumulator.class, other);
        if (o.n == 0) {
            return;
        }
        long total = n + o.n;
        double delta = o.mean - mean;
        m2 = m2 + o.m2 + delta * delta * ((double) n * o.n / total);
        mean = mean + delta * o.n / total;
        n = total;
    }
}
