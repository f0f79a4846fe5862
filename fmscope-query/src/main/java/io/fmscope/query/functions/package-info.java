/**
 * Every Logs Insights function, looked up case-insensitively in
 * {@link io.fmscope.query.functions.FunctionRegistry#standard()}: each {@link io.fmscope.query.functions.FunctionSpec}
 * has its name, kind (scalar or aggregate), arity and implementation over evaluated
 * {@link io.fmscope.query.value.Value} arguments. Aggregates fold rows into
 * {@link io.fmscope.query.functions.Accumulator}s that also merge. {@link io.fmscope.query.functions.Operators} holds
 * {@code like}, {@code in} and three-valued logic; {@link io.fmscope.query.functions.SafeRegex} every regex (cached,
 * step-budgeted).
 *
 * <p>For callers: period arguments ({@code bin(5m)}, {@code datefloor(ts, 1h)}) are passed as string values such as
 * {@code Value.of("5m")} (or a number of milliseconds); {@code bin} reads the row's {@code @timestamp} from the
 * {@link io.fmscope.query.functions.EvalContext}. For {@code count(*)} / {@code count()} add a non-NULL value per
 * row. Errors in the query itself surface as {@link io.fmscope.query.functions.FunctionException}. Reference:
 * {@code docs/query/functions.md}.
 */
package io.fmscope.query.functions;
