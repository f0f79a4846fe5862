package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArithmeticTest {

    @Test
    void integersStayExact() {
        assertThat(Arithmetic.add(Value.of(2), Value.of(3))).isEqualTo(Value.of(5));
        assertThat(Arithmetic.subtract(Value.of(2), Value.of(3))).isEqualTo(Value.of(-1));
        assertThat(Arithmetic.multiply(Value.of(4), Value.of(3))).isEqualTo(Value.of(12));
        assertThat(Arithmetic.add(Value.of(9_007_199_254_740_993L), Value.of(0)).asText())
                .isEqualTo("9007199254740993");
    }

    @Test
    void documentedOperatorExamples() {
        assertThat(Arithmetic.power(Value.of(2), Value.of(3))).isEqualTo(Value.of(8));
        assertThat(Arithmetic.modulo(Value.of(10), Value.of(3))).isEqualTo(Value.of(1));
    }

    @Test
    void overflowFallsBackToDouble() {
        Value v = Arithmetic.add(Value.of(Long.MAX_VALUE), Value.of(1));
        assertThat(v.type()).isEqualTo(ValueType.DOUBLE);
        assertThat(((DoubleValue) v).value()).isEqualTo(9.223372036854775808e18);
        assertThat(Arithmetic.multiply(Value.of(Long.MAX_VALUE), Value.of(2)).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(Arithmetic.subtract(Value.of(Long.MIN_VALUE), Value.of(1)).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(Arithmetic.negate(Value.of(Long.MIN_VALUE)).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(Arithmetic.power(Value.of(10), Value.of(19)).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(Arithmetic.power(Value.of(10), Value.of(18))).isEqualTo(Value.of(1_000_000_000_000_000_000L));
    }

    @Test
    void divisionIsExactOnlyWhenItCanBe() {
        assertThat(Arithmetic.divide(Value.of(10), Value.of(2))).isEqualTo(Value.of(5));
        assertThat(Arithmetic.divide(Value.of(7), Value.of(2))).isEqualTo(Value.of(3.5));
        assertThat(Arithmetic.divide(Value.of(1), Value.of(0)).isNull()).isTrue();
        assertThat(Arithmetic.divide(Value.of(1.5), Value.of(0.0)).isNull()).isTrue();
        assertThat(Arithmetic.modulo(Value.of(1), Value.of(0)).isNull()).isTrue();
        assertThat(Arithmetic.divide(Value.of(Long.MIN_VALUE), Value.of(-1)).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(Arithmetic.modulo(Value.of(-7), Value.of(3))).isEqualTo(Value.of(-1));
        assertThat(Arithmetic.modulo(Value.of(7.5), Value.of(2))).isEqualTo(Value.of(1.5));
    }

    @Test
    void stringsAndBooleansCoerce() {
        assertThat(Arithmetic.add(Value.of("40"), Value.of(2))).isEqualTo(Value.of(42));
        assertThat(Arithmetic.multiply(Value.of("1.5"), Value.of("2"))).isEqualTo(Value.of(3.0));
        assertThat(Arithmetic.add(Value.TRUE, Value.TRUE)).isEqualTo(Value.of(2));
        assertThat(Arithmetic.subtract(Value.timestamp(5000), Value.of(1000))).isEqualTo(Value.of(4000));
    }

    @Test
    void nullAndNonNumbersPropagateNull() {
        assertThat(Arithmetic.add(Value.NULL, Value.of(1)).isNull()).isTrue();
        assertThat(Arithmetic.add(Value.of(1), Value.of("abc")).isNull()).isTrue();
        assertThat(Arithmetic.negate(Value.NULL).isNull()).isTrue();
        assertThat(Arithmetic.power(Value.of("x"), Value.of(2)).isNull()).isTrue();
    }

    @Test
    void powerEdgeCases() {
        assertThat(Arithmetic.power(Value.of(-1), Value.of(Long.MAX_VALUE))).isEqualTo(Value.of(-1));
        assertThat(Arithmetic.power(Value.of(0), Value.of(0))).isEqualTo(Value.of(1));
        assertThat(Arithmetic.power(Value.of(2), Value.of(-1))).isEqualTo(Value.of(0.5));
        assertThat(Arithmetic.power(Value.of(4), Value.of(0.5))).isEqualTo(Value.of(2.0));
        assertThat(Arithmetic.power(Value.of(-8), Value.of(0.5)).isNull()).isTrue();
    }
}
