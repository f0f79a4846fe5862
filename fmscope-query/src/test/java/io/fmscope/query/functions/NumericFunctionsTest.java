package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import io.fmscope.query.value.ValueType;
import org.junit.jupiter.api.Test;

class NumericFunctionsTest {

    @Test
    void absCeilFloor() {
        assertThat(call("abs", -5)).isEqualTo(Value.of(5));
        assertThat(call("abs", "-2.5")).isEqualTo(Value.of(2.5));
        assertThat(call("abs", Long.MIN_VALUE).type()).isEqualTo(ValueType.DOUBLE);
        assertThat(call("ceil", 1.2)).isEqualTo(Value.of(2));
        assertThat(call("ceil", -1.2)).isEqualTo(Value.of(-1));
        assertThat(call("floor", 1.8)).isEqualTo(Value.of(1));
        assertThat(call("floor", -1.2)).isEqualTo(Value.of(-2));
        assertThat(call("floor", 7)).isEqualTo(Value.of(7));
        assertThat(call("ceil", "x").isNull()).isTrue();
        assertThat(call("abs", (Object) null).isNull()).isTrue();
    }

    @Test
    void greatestAndLeastSkipMissingArguments() {
        assertThat(call("greatest", 3, 9.5, "4")).isEqualTo(Value.of(9.5));
        assertThat(call("least", 3, 9.5, "-4")).isEqualTo(Value.of(-4));
        // the documented idiom greatest(@initDuration, 0) with the field missing
        assertThat(call("greatest", null, 0)).isEqualTo(Value.of(0));
        assertThat(call("least", null, "abc").isNull()).isTrue();
        assertThat(call("greatest", 2, 2.0)).isEqualTo(Value.of(2));
    }

    @Test
    void logAndSqrt() {
        assertThat(call("log", Math.E)).isEqualTo(Value.of(1.0));
        assertThat(call("log", 1)).isEqualTo(Value.of(0.0));
        assertThat(call("log", 0).isNull()).isTrue();
        assertThat(call("log", -1).isNull()).isTrue();
        assertThat(call("sqrt", 16)).isEqualTo(Value.of(4.0));
        assertThat(call("sqrt", 0)).isEqualTo(Value.of(0.0));
        assertThat(call("sqrt", -4).isNull()).isTrue();
    }

    @Test
    void roundHalfUpToPlaces() {
        assertThat(call("round", 2.5)).isEqualTo(Value.of(3));
        assertThat(call("round", -2.5)).isEqualTo(Value.of(-3));
        assertThat(call("round", 3.14159, 2)).isEqualTo(Value.of(3.14));
        assertThat(call("round", 1.005, 2)).isEqualTo(Value.of(1.01));
        assertThat(call("round", 1234, -2)).isEqualTo(Value.of(1200));
        assertThat(call("round", 7, 2)).isEqualTo(Value.of(7));
        assertThat(call("round", "x", 2).isNull()).isTrue();
    }

    @Test
    void haversineKilometres() {
        // Paris (48.8566, 2.3522) to London (51.5074, -0.1278): about 343.5 km on a 6371 km sphere
        double km = ((io.fmscope.query.value.DoubleValue) call("haversine", 48.8566, 2.3522, 51.5074, -0.1278))
                .value();
        assertThat(km).isBetween(343.0, 344.5);
        assertThat(call("haversine", 10, 20, 10, 20)).isEqualTo(Value.of(0.0));
        assertThat(call("haversine", null, 20, 10, 20).isNull()).isTrue();
    }

    @Test
    void conversions() {
        assertThat(call("toNumber", "42")).isEqualTo(Value.of(42));
        assertThat(call("toNumber", "4.5")).isEqualTo(Value.of(4.5));
        assertThat(call("toNumber", "four").isNull()).isTrue();
        assertThat(call("toInt", "2147483647")).isEqualTo(Value.of(2147483647));
        assertThat(call("toInt", "2147483648").isNull()).isTrue();
        assertThat(call("toInt", "-7.9")).isEqualTo(Value.of(-7));
        assertThat(call("toLong", "9223372036854775807")).isEqualTo(Value.of(Long.MAX_VALUE));
        assertThat(call("toLong", 1e30).isNull()).isTrue();
        assertThat(call("toDouble", "3")).isEqualTo(Value.of(3.0));
        assertThat(call("toDouble", "x").isNull()).isTrue();
    }
}
