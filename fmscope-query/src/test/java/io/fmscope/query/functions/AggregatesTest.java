package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    private static final List<Object> MIXED = Arrays.asList(5, null, "7", 2.5, "abc", 10, null, "1e1");

    @Test
    void countCountsPresentValues() {
        assertThat(Agg.run("count", MIXED)).isEqualTo(Value.of(6));
        assertThat(Agg.run("count", List.of())).isEqualTo(Value.of(0));
    }

    @Test
    void sumAndAvgSkipNonNumbers() {
        assertThat(Agg.run("sum", MIXED)).isEqualTo(Value.of(34.5));
        assertThat(Agg.run("sum", List.of(1, 2, 3))).isEqualTo(Value.of(6));
        assertThat(Agg.run("avg", MIXED)).isEqualTo(Value.of(34.5 / 5));
        assertThat(Agg.run("avg", List.of(2, 4))).isEqualTo(Value.of(3.0));
        assertThat(Agg.run("sum", Arrays.asList(null, "x")).isNull()).isTrue();
        assertThat(Agg.run("avg", List.of()).isNull()).isTrue();
    }

    @Test
    void sumIsExactForLargeIntegersAndSurvivesOverflow() {
        assertThat(Agg.run("sum", List.of(9_007_199_254_740_993L, 1L))).isEqualTo(Value.of(9_007_199_254_740_994L));
        Value big = Agg.run("sum", List.of(Long.MAX_VALUE, Long.MAX_VALUE));
        assertThat(Coercion.toDouble(big)).isEqualTo(2.0 * Long.MAX_VALUE);
    }

    @Test
    void minMaxPreferNumbersAndKeepTimestamps() {
        assertThat(Agg.run("max", MIXED)).isEqualTo(Value.of(10));
        assertThat(Agg.run("min", MIXED)).isEqualTo(Value.of(2.5));
        assertThat(Agg.run("max", List.of("beta", "alpha", "gamma"))).isEqualTo(Value.of("gamma"));
        assertThat(Agg.run("min", List.of("file10", "file9"))).isEqualTo(Value.of("file9"));
        assertThat(Agg.run("max", List.of(Value.timestamp(5), Value.timestamp(9), Value.timestamp(1))))
                .isEqualTo(Value.timestamp(9));
        assertThat(Agg.run("max", List.of()).isNull()).isTrue();
    }

    @Test
    void stddevIsTheSampleDeviation() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32, sample variance 32 / 7
        assertThat(Coercion.toDouble(Agg.run("stddev", List.of(2, 4, 4, 4, 5, 5, 7, 9))))
                .isCloseTo(Math.sqrt(32.0 / 7), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Agg.run("stddev", List.of(3))).isEqualTo(Value.of(0.0));
        assertThat(Agg.run("stddev", List.of()).isNull()).isTrue();
    }

    @Test
    void pctIsNearestRank() {
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add(i);
        }
        Collections.shuffle(values, new Random(3));
        assertThat(Agg.run("pct", values, 50)).isEqualTo(Value.of(50));
        assertThat(Agg.run("pct", values, 99)).isEqualTo(Value.of(99));
        assertThat(Agg.run("pct", values, 99.5)).isEqualTo(Value.of(100));
        assertThat(Agg.run("pct", values, 0)).isEqualTo(Value.of(1));
        assertThat(Agg.run("pct", values, 100)).isEqualTo(Value.of(100));
        assertThat(Agg.run("percentile", List.of(15, 20, 35, 40, 50), 30)).isEqualTo(Value.of(20));
        assertThat(Agg.run("pct", List.of(1.5, 2.5), 50)).isEqualTo(Value.of(1.5));
        assertThat(Agg.run("pct", List.of(), 50).isNull()).isTrue();
    }

    @Test
    void pctRejectsBadPercentiles() {
        assertThatThrownBy(() -> Agg.create("pct", 101)).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Agg.create("pct", -1)).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Agg.create("pct", "high")).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> Agg.create("pct")).isInstanceOf(FunctionException.class);
    }

    @Test
    void countDistinctIsExactByText() {
        assertThat(Agg.run("count_distinct", Arrays.asList("a", "b", "a", null, 1, "1", 2))).isEqualTo(Value.of(4));
    }

    @Test
    void earliestAndLatestFollowTimestamps() {
        Accumulator e = Agg.create("earliest");
        Accumulator l = Agg.create("latest");
        long[] times = {50, 10, 90, 10, 90};
        String[] values = {"c", "a", "e", "b", "f"};
        for (int i = 0; i < times.length; i++) {
            e.add(Value.of(values[i]), times[i]);
            l.add(Value.of(values[i]), times[i]);
        }
        e.add(Value.NULL, 1);
        l.add(Value.NULL, 99);
        assertThat(e.result()).isEqualTo(Value.of("a"));
        assertThat(l.result()).isEqualTo(Value.of("f"));
    }

    @Test
    void sortsFirstAndLastUseNaturalSort() {
        List<Object> v = List.of("b10", "b9", "A", 3, "0");
        assertThat(Agg.run("sortsFirst", v)).isEqualTo(Value.of("A"));
        assertThat(Agg.run("sortsLast", v)).isEqualTo(Value.of(3));
    }

    @Test
    void mergingDifferentFunctionsIsRefused() {
        assertThatThrownBy(() -> Agg.create("sum").merge(Agg.create("count")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
