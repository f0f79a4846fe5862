package io.fmscope.query.functions;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every Logs Insights function by name, case-insensitively. Immutable and thread-safe. */
public final class FunctionRegistry {
    private static final FunctionRegistry STANDARD = build();

    private final Map<String, FunctionSpec> byLowerName;

    private FunctionRegistry(Map<String, FunctionSpec> byLowerName) {
        this.byLowerName = Collections.unmodifiableMap(byLowerName);
    }

    /** The registry of every function in the reference (docs/query/functions.md). */
    public static FunctionRegistry standard() {
        return STANDARD;
    }

    /** The function named {@code name} in any letter case. */
    public Optional<FunctionSpec> lookup(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** All entries in registration order (aliases such as {@code strftime} are entries of their own). */
    public Collection<FunctionSpec> all() {
        return byLowerName.values();
    }

    private static FunctionRegistry build() {
        Map<String, FunctionSpec> m = new LinkedHashMap<>();
        for (FunctionSpec s : Catalog.all()) {
            if (m.put(s.name().toLowerCase(Locale.ROOT), s) != null) {
                throw new IllegalStateException("duplicate function " + s.name());
            }
        }
        return new FunctionRegistry(m);
    }
}
