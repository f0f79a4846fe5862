package io.fmscope.query.analyzer;

import io.fmscope.query.functions.FunctionRegistry;
import io.fmscope.query.functions.FunctionSpec;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link FunctionCatalog} over the runtime's {@link FunctionRegistry}. */
final class RegistryCatalog implements FunctionCatalog {
    static final RegistryCatalog STANDARD = new RegistryCatalog(FunctionRegistry.standard());

    private final FunctionRegistry registry;
    private final List<String> names;

    RegistryCatalog(FunctionRegistry registry) {
        this.registry = registry;
        this.names = registry.all().stream().map(FunctionSpec::name).toList();
    }

    @Override
    public Optional<FunctionInfo> lookup(String name) {
        return registry.lookup(name).map(s -> new FunctionInfo(s.name(),
                s.isAggregate() ? Kind.AGGREGATE : Kind.SCALAR, s.minArity(), s.maxArity(), s.signature()));
    }

    @Override
    public Collection<String> names() {
        return names;
    }
}
