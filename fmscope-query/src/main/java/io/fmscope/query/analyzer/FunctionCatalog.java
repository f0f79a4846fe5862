package io.fmscope.query.analyzer;

import io.fmscope.query.functions.FunctionRegistry;
import java.util.Collection;
import java.util.Optional;

/**
 * What the analyzer needs to know about functions: whether a name exists (case-insensitively), whether it is an
 * aggregate, and how many arguments it takes. {@link #standard()} answers from the runtime's
 * {@link FunctionRegistry}, so the analyzer and the engine never disagree.
 */
public interface FunctionCatalog {

    Optional<FunctionInfo> lookup(String name);

    /** Every function name, for "did you mean" hints. */
    Collection<String> names();

    enum Kind { SCALAR, AGGREGATE }

    /** One function: canonical name, kind, arity bounds ({@code max} is {@link Integer#MAX_VALUE} when variadic). */
    record FunctionInfo(String name, Kind kind, int minArity, int maxArity, String signature) {
        public boolean isAggregate() {
            return kind == Kind.AGGREGATE;
        }

        public boolean acceptsArity(int n) {
            return n >= minArity && n <= maxArity;
        }
    }

    static FunctionCatalog standard() {
        return RegistryCatalog.STANDARD;
    }

    static FunctionCatalog of(FunctionRegistry registry) {
        return new RegistryCatalog(registry);
    }
}
