package io.fmscope.query.json;

import io.fmscope.query.value.JsonText;
import io.fmscope.query.value.Value;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random JSON objects for discovery properties: nested maps and lists, '@' keys, dotted keys, nulls. */
final class JsonDocuments {
    private JsonDocuments() {
    }

    static Arbitrary<String> objects() {
        return object(3).map(JsonText::write);
    }

    static Arbitrary<String> names() {
        return Arbitraries.of("a", "b", "a.b", "a.0", "b.1.c", "@@a", "c.a", "zz", "x.a.b", "@a", "a.b.0");
    }

    private static Arbitrary<Value> object(int depth) {
        Arbitrary<String> keys = Arbitraries.of("a", "b", "c", "@a", "a.b", "x", "0");
        return Arbitraries.maps(keys, value(depth - 1)).ofMaxSize(4).map(m -> Value.map(new LinkedHashMap<>(m)));
    }

    private static Arbitrary<Value> value(int depth) {
        Arbitrary<Value> scalar = Arbitraries.oneOf(
                Arbitraries.longs().between(-5, 5).map(Value::of),
                Arbitraries.strings().alpha().ofMaxLength(3).map(Value::of),
                Arbitraries.of(Value.TRUE, Value.NULL, Value.of(2.5), Value.of("マ")));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<Value> list = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3).map(Value::list);
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list),
                Tuple.of(1, Arbitraries.lazy(() -> object(depth))));
    }

}
