package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

import java.util.ArrayList;
import java.util.List;

/** Test helper: calls registry functions with plain Java arguments. */
final class Fn {
    static final long NOW = 1_700_000_000_123L;
    static final EvalContext CTX = EvalContext.of(Value.timestamp(1_700_000_123_456L), 1_699_990_000_000L,
            1_700_000_000_000L, NOW);

    private Fn() {
    }

    static Value call(String name, Object... args) {
        return callAt(CTX, name, args);
    }

    static Value callAt(EvalContext ctx, String name, Object... args) {
        FunctionSpec spec = FunctionRegistry.standard().lookup(name).orElseThrow();
        return spec.scalar().apply(ctx, values(args));
    }

    static Value[] values(Object... args) {
        Value[] out = new Value[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = v(args[i]);
        }
        return out;
    }

    static Value v(Object o) {
        return switch (o) {
            case null -> Value.NULL;
            case Value v -> v;
            case String s -> Value.of(s);
            case Integer i -> Value.of(i.longValue());
            case Long l -> Value.of(l);
            case Double d -> Value.of(d);
            case Boolean b -> Value.of(b);
            case List<?> l -> {
                List<Value> items = new ArrayList<>();
                l.forEach(x -> items.add(v(x)));
                yield Value.list(items);
            }
            default -> throw new IllegalArgumentException(o.getClass().toString());
        };
    }

    static String text(Value v) {
        return v.asText();
    }
}
