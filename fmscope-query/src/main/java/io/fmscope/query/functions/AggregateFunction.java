package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

/**
 * An aggregate (stats) function. The first argument of the call is evaluated per row and passed to
 * {@link Accumulator#add}; further arguments (e.g. {@code pct(f, 95)}'s 95) are parameters evaluated once and passed
 * to {@link #create}. {@code count()} and {@code count(*)} have no row argument: call add with a non-NULL value
 * (e.g. {@link Value#TRUE}) for every row.
 */
@FunctionalInterface
public interface AggregateFunction {

    /**
     * @param params the arguments after the first, evaluated
     * @throws FunctionException when a parameter is invalid (e.g. a percentile outside 0..100)
     */
    Accumulator create(Value... params);
}
