package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

import java.util.List;

/** Test helper: runs an aggregate over values (timestamps = position unless given). */
final class Agg {
    private Agg() {
    }

    static Accumulator create(String name, Object... params) {
        return FunctionRegistry.standard().lookup(name).orElseThrow().aggregate().create(Fn.values(params));
    }

    static Value run(String name, List<?> values, Object... params) {
        Accumulator a = create(name, params);
        long t = 0;
        for (Object v : values) {
            a.add(Fn.v(v), t++);
        }
        return a.result();
    }
}
