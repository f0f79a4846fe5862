package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

/**
 * earliest and latest: the value from the row with the smallest (largest) {@code @timestamp}. Rows where the value
 * is NULL are skipped. On equal timestamps earliest keeps the first row seen and latest the last.
 */
final class TimedAccumulator implements Accumulator {
    private final boolean earliest;
    private Value best = Value.NULL;
    private long bestTime;

    TimedAccumulator(boolean earliest) {
        this.earliest = earliest;
    }

    @Override
    public void add(Value value, long timestampMillis) {
        if (!value.isNull()) {
            offer(value, timestampMillis);
        }
    }

    private void offer(Value value, long t) {
        if (best.isNull() || (earliest ? t < bestTime : t >= bestTime)) {
            best = value;
            bestTime = t;
        }
    }

    @Override
    public Value result() {
        return best;
    }

    @Override
    public void merge(Accumulator other) {
        TimedAccumulator o = Aggregates.same(TimedAccumulator.class, other);
        if (!o.best.isNull()) {
            offer(o.best, o.bestTime);
        }
    }
}
