package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource({"42,LONG,42", "-7,LONG,-7", "+5,LONG,5", "007,LONG,7", "1.5,DOUBLE,1.5", "-0.25,DOUBLE,-0.25",
        ".5,DOUBLE,0.5", "1e3,DOUBLE,1000", "2.5E-3,DOUBLE,0.0025", "9223372036854775807,LONG,9223372036854775807",
        "-9223372036854775808,LONG,-9223372036854775808", "9223372036854775808,DOUBLE,9223372036854776000"})
    void parsesNumbers(String text, ValueType type, String shown) {
        Value v = NumberText.parse(text);
        assertThat(v.type()).isEqualTo(type);
        assertThat(v.asText()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1e", "1.2.3", " 1", "1 ", "0x10", "NaN", "Infinity", "1,000", "12abc",
        "1d", "1f", "1e999", "--1", "e5"})
    void rejectsNonNumbers(String text) {
        assertThat(NumberText.parse(text).isNull()).isTrue();
    }

    @Test
    void formatsDoublesWithoutNeedlessFractionOrExponent() {
        assertThat(NumberText.format(3.0)).isEqualTo("3");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
        assertThat(NumberText.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(NumberText.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(NumberText.format(1.5e-7)).isEqualTo("0.00000015");
        assertThat(NumberText.format(12.5)).isEqualTo("12.5");
    }
}
