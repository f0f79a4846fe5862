package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** left, right, expected sign (-1, 0, 1) under the coercion rules. */
    static List<Arguments> orderedPairs() {
        return List.of(
                Arguments.of(Value.of(1), Value.of(2), -1),
                Arguments.of(Value.of(2), Value.of(2.0), 0),
                Arguments.of(Value.of("10"), Value.of(9), 1),         // numeric string vs number: numeric
                Arguments.of(Value.of("10"), Value.of("9"), 1),       // two numeric strings: numeric, not text
                Arguments.of(Value.of("404"), Value.of(404), 0),
                Arguments.of(Value.of("abc"), Value.of("abd"), -1),
                Arguments.of(Value.of("B"), Value.of("a"), -1),       // case-sensitive code point order
                Arguments.of(Value.of("abc"), Value.of(5), 1),        // non-numeric string vs number: text "abc" vs "5"
                Arguments.of(Value.TRUE, Value.of(1), 0),
                Arguments.of(Value.TRUE, Value.of("true"), 0),
                Arguments.of(Value.FALSE, Value.of("1"), -1),
                Arguments.of(Value.timestamp(1000), Value.of(1000), 0),
                Arguments.of(Value.timestamp(1000), Value.of("1970-01-01T00:00:02Z"), -1),
                Arguments.of(Value.of("1970-01-01 00:00:00.500"), Value.timestamp(400), 1),
                Arguments.of(Value.of(9_007_199_254_740_993L), Value.of(9_007_199_254_740_992L), 1),
                Arguments.of(Value.of("\uD83D\uDE00"), Value.of("\uFFFD"), 1)); // supplementary after BMP
    }

    @ParameterizedTest
    @MethodSource("orderedPairs")
    void comparesUnderCoercion(Value a, Value b, int sign) {
        assertThat(Comparison.eq(a, b).truthy()).isEqualTo(sign == 0);
        assertThat(Comparison.ne(a, b).truthy()).isEqualTo(sign != 0);
        assertThat(Comparison.lt(a, b).truthy()).isEqualTo(sign < 0);
        assertThat(Comparison.le(a, b).truthy()).isEqualTo(sign <= 0);
        assertThat(Comparison.gt(a, b).truthy()).isEqualTo(sign > 0);
        assertThat(Comparison.ge(a, b).truthy()).isEqualTo(sign >= 0);
        assertThat(Comparison.gt(b, a).truthy()).isEqualTo(sign < 0);
    }

    @Test
    void nullGivesNullEvenForNotEqual() {
        assertThat(Comparison.eq(Value.NULL, Value.of(1)).isNull()).isTrue();
        assertThat(Comparison.ne(Value.NULL, Value.of(1)).isNull()).isTrue();
        assertThat(Comparison.eq(Value.NULL, Value.NULL).isNull()).isTrue();
        assertThat(Comparison.lt(Value.of(1), Value.NULL).isNull()).isTrue();
        assertThat(Comparison.equal(Value.NULL, Value.NULL)).isFalse();
    }

    @Test
    void structuresNeverCompareTrue() {
        Value list = Value.list(List.of(Value.of(1)));
        Value map = Value.map(Map.of("a", Value.of(1)));
        for (Value s : List.of(list, map)) {
            assertThat(Comparison.eq(s, s)).isEqualTo(Value.FALSE);
            assertThat(Comparison.ne(s, Value.of(1))).isEqualTo(Value.FALSE);
            assertThat(Comparison.lt(s, Value.of(1))).isEqualTo(Value.FALSE);
            assertThat(Comparison.ge(Value.of("x"), s)).isEqualTo(Value.FALSE);
        }
    }
}
