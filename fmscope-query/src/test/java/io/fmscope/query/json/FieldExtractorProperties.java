package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.JsonText;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The lazy extractor must agree with eager flattening on every document, limit and name. */
class FieldExtractorProperties {

    @Property(tries = 300)
    void lazyEqualsEager(@ForAll("documents") String json, @ForAll @IntRange(min = 1, max = 12) int limit,
                         @ForAll("names") List<String> extraNames) {
        DiscoveryOptions options = new DiscoveryOptions(limit, false);
        DiscoveredFields eager = new JsonFlattener(options).flatten(json);
        List<String> names = new ArrayList<>(new JsonFlattener(new DiscoveryOptions(1000, false))
                .flatten(json).fields().keySet());
        names.addAll(extraNames);
        Value[] lazy = new FieldExtractor(names, options).extract(json);
        for (int i = 0; i < names.size(); i++) {
            assertThat(lazy[i]).as(names.get(i) + " in " + json).isEqualTo(eager.get(names.get(i)));
        }
    }

    @Property(tries = 200)
    void truncatedDocumentsNeverThrow(@ForAll("documents") String json, @ForAll @IntRange(max = 200) int cut) {
        String broken = json.substring(0, Math.min(cut, json.length()));
        DiscoveredFields f = JsonFlattener.standard().flatten(broken);
        Value[] lazy = FieldExtractor.of(List.copyOf(f.fields().keySet())).extract(broken);
        assertThat(lazy).containsExactlyElementsOf(f.fields().values());
    }

    @Provide
    Arbitrary<String> documents() {
        return object(3).map(JsonText::write);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of("a", "b", "a.b", "a.0", "b.1.c", "@@a", "c.a", "zz").list().ofMaxSize(4);
    }

    private Arbitrary<Value> object(int depth) {
        Arbitrary<String> keys = Arbitraries.of("a", "b", "c", "@a", "a.b", "x");
        return Arbitraries.maps(keys, value(depth - 1)).ofMaxSize(4).map(m -> {
            Map<String, Value> ordered = new LinkedHashMap<>(m);
            return Value.map(ordered);
        });
    }

    private Arbitrary<Value> value(int depth) {
        Arbitrary<Value> scalar = Arbitraries.oneOf(
                Arbitraries.longs().between(-5, 5).map(Value::of),
                Arbitraries.strings().alpha().ofMaxLength(3).map(Value::of),
                Arbitraries.of(Value.TRUE, Value.NULL, Value.of(2.5)));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<Value> list = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3).map(Value::list);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar),
                net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(depth))));
    }
}
