package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** merge(a, b) must equal adding everything to one accumulator, for every split point. */
class AggregateProperties {
    private static final String[] EXACT = {"count", "count_distinct", "sum", "min", "max", "earliest", "latest",
        "sortsFirst", "sortsLast"};

    @Property
    void mergeOfASplitEqualsOneAccumulator(@ForAll("rows") List<Value> rows, @ForAll @IntRange(max = 60) int cut) {
        int split = Math.min(cut, rows.size());
        for (String name : EXACT) {
            assertThat(merged(name, rows, split)).as(name).isEqualTo(whole(name, rows));
        }
        for (Object p : new Object[] {0, 25, 50, 90, 99, 100}) {
            assertThat(merged("pct", rows, split, p)).as("pct " + p).isEqualTo(whole("pct", rows, p));
        }
        assertClose(merged("avg", rows, split), whole("avg", rows));
        assertClose(merged("stddev", rows, split), whole("stddev", rows));
    }

    @Property
    void resultsMatchIndependentComputation(@ForAll("rows") List<Value> rows) {
        List<Double> nums = new ArrayList<>();
        rows.forEach(v -> {
            double d = Coercion.toDouble(v);
            if (!Double.isNaN(d)) {
                nums.add(d);
            }
        });
        assertThat(whole("count", rows)).isEqualTo(Value.of(rows.stream().filter(v -> !v.isNull()).count()));
        assertThat(whole("count_distinct", rows)).isEqualTo(Value.of(new HashSet<>(
                rows.stream().filter(v -> !v.isNull()).map(Value::asText).toList()).size()));
        if (nums.isEmpty()) {
            assertThat(whole("sum", rows).isNull()).isTrue();
            return;
        }
        double sum = nums.stream().mapToDouble(Double::doubleValue).sum();
        assertThat(Coercion.toDouble(whole("sum", rows))).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
        List<Double> sorted = nums.stream().sorted().toList();
        assertThat(Coercion.toDouble(whole("max", rows))).isEqualTo(sorted.get(sorted.size() - 1));
        assertThat(Coercion.toDouble(whole("min", rows))).isEqualTo(sorted.get(0));
        int rank = (int) Math.ceil(0.9 * sorted.size());
        assertThat(Coercion.toDouble(whole("pct", rows, 90))).isEqualTo(sorted.get(Math.max(rank, 1) - 1));
    }

    private static void assertClose(Value a, Value b) {
        if (b.isNull()) {
            assertThat(a.isNull()).isTrue();
            return;
        }
        assertThat(Coercion.toDouble(a)).isCloseTo(Coercion.toDouble(b), org.assertj.core.data.Offset.offset(1e-6));
    }

    private static Value whole(String name, List<Value> rows, Object... params) {
        Accumulator a = Agg.create(name, params);
        for (int i = 0; i < rows.size(); i++) {
            a.add(rows.get(i), time(i));
        }
        return a.result();
    }

    private static Value merged(String name, List<Value> rows, int split, Object... params) {
        Accumulator left = Agg.create(name, params);
        Accumulator right = Agg.create(name, params);
        for (int i = 0; i < rows.size(); i++) {
            (i < split ? left : right).add(rows.get(i), time(i));
        }
        left.merge(right);
        return left.result();
    }

    /** Timestamps with ties, so earliest/latest tie rules are exercised. */
    private static long time(int i) {
        return (i * 7L) % 5;
    }

    @Provide
    Arbitrary<List<Value>> rows() {
        Arbitrary<Value> v = Arbitraries.oneOf(
                Arbitraries.longs().between(-1000, 1000).map(Value::of),
                Arbitraries.doubles().between(-1000, 1000).ofScale(3).map(Value::of),
                Arbitraries.integers().between(-50, 50).map(i -> Value.of(Integer.toString(i))),
                Arbitraries.strings().withChars("abc01").ofMinLength(1).ofMaxLength(3).map(Value::of),
                Arbitraries.just(Value.NULL));
        return v.list().ofMaxSize(60);
    }
}
