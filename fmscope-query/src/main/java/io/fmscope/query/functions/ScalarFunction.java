package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

/** A scalar function over evaluated arguments. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ScalarFunction {

    /**
     * @param ctx  row and query context
     * @param args evaluated arguments, never Java null (missing = {@link Value#NULL}); the array is not retained
     * @return the result, never Java null
     * @throws FunctionException for a problem with the query itself (e.g. an invalid regex or date format)
     */
    Value apply(EvalContext ctx, Value[] args);
}
