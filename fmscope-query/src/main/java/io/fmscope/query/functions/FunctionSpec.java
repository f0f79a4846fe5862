package io.fmscope.query.functions;

import java.util.Objects;

/**
 * One entry of the function registry.
 *
 * @param name      canonical spelling as documented (lookup is case-insensitive)
 * @param kind      scalar or aggregate
 * @param minArity  fewest arguments
 * @param maxArity  most arguments, {@link #VARIADIC} for no limit
 * @param signature documented call form, e.g. {@code substr(s, start[, len])}, for error messages
 * @param summary   one line on what it returns
 * @param scalar    implementation when SCALAR, else null
 * @param aggregate implementation when AGGREGATE, else null
 */
public record FunctionSpec(String name, FunctionKind kind, int minArity, int maxArity, String signature,
                           String summary, ScalarFunction scalar, AggregateFunction aggregate) {
    public static final int VARIADIC = Integer.MAX_VALUE;

    public FunctionSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if (minArity < 0 || maxArity < minArity) {
            throw new IllegalArgumentException("bad arity for " + name);
        }
        if ((kind == FunctionKind.SCALAR) != (scalar != null) || (kind == FunctionKind.AGGREGATE) != (aggregate != null)) {
            throw new IllegalArgumentException("implementation does not match kind for " + name);
        }
    }

    public static FunctionSpec scalar(String name, int min, int max, String signature, String summary,
                                      ScalarFunction f) {
        return new FunctionSpec(name, FunctionKind.SCALAR, min, max, signature, summary, f, null);
    }

    public static FunctionSpec aggregate(String name, int min, int max, String signature, String summary,
                                         AggregateFunction f) {
        return new FunctionSpec(name, FunctionKind.AGGREGATE, min, max, signature, summary, null, f);
    }

    public boolean acceptsArity(int n) {
        return n >= minArity && n <= maxArity;
    }

    public boolean isAggregate() {
        return kind == FunctionKind.AGGREGATE;
    }
}
