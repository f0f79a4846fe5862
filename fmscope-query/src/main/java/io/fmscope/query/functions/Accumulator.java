package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

/** The mutable state of one aggregate for one group. Not thread-safe: one per group per worker, then merge. */
public interface Accumulator {

    /**
     * Folds one row in.
     *
     * @param value           the row's first argument value ({@link Value#NULL} when missing; aggregates skip NULL)
     * @param timestampMillis the row's {@code @timestamp} (used by {@code earliest}/{@code latest})
     */
    void add(Value value, long timestampMillis);

    /** The aggregate over everything added and merged so far; NULL when nothing counted (except count: 0). */
    Value result();

    /**
     * Folds in another accumulator created by the same function with the same parameters, as if its rows had been
     * added here after this one's rows.
     */
    void merge(Accumulator other);
}
