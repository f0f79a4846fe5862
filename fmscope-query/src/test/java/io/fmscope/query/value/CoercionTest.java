package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoercionTest {

    @Test
    void numberViewOfEveryKind() {
        assertThat(Coercion.toNumber(Value.of(5))).isEqualTo(Value.of(5));
        assertThat(Coercion.toNumber(Value.of(2.5))).isEqualTo(Value.of(2.5));
        assertThat(Coercion.toNumber(Value.of("17"))).isEqualTo(Value.of(17));
        assertThat(Coercion.toNumber(Value.of("1.25"))).isEqualTo(Value.of(1.25));
        assertThat(Coercion.toNumber(Value.of("abc")).isNull()).isTrue();
        assertThat(Coercion.toNumber(Value.TRUE)).isEqualTo(Value.of(1));
        assertThat(Coercion.toNumber(Value.FALSE)).isEqualTo(Value.of(0));
        assertThat(Coercion.toNumber(Value.timestamp(1234))).isEqualTo(Value.of(1234));
        assertThat(Coercion.toNumber(Value.NULL).isNull()).isTrue();
        assertThat(Coercion.toNumber(Value.list(List.of(Value.of(1)))).isNull()).isTrue();
        assertThat(Coercion.toNumber(Value.map(Map.of("a", Value.of(1)))).isNull()).isTrue();
    }

    @Test
    void truthiness() {
        assertThat(Value.NULL.truthy()).isFalse();
        assertThat(Value.TRUE.truthy()).isTrue();
        assertThat(Value.FALSE.truthy()).isFalse();
        assertThat(Value.of(0).truthy()).isFalse();
        assertThat(Value.of(3).truthy()).isTrue();
        assertThat(Value.of(0.0).truthy()).isFalse();
        assertThat(Value.of("").truthy()).isFalse();
        assertThat(Value.of("0").truthy()).isFalse();
        assertThat(Value.of("1").truthy()).isTrue();
        assertThat(Value.of("false").truthy()).isFalse();
        assertThat(Value.of("FALSE").truthy()).isFalse();
        assertThat(Value.of("true").truthy()).isTrue();
        assertThat(Value.of("anything").truthy()).isTrue();
        assertThat(Value.timestamp(0).truthy()).isTrue();
        assertThat(Value.list(List.of(Value.of(1))).truthy()).isFalse();
        assertThat(Value.map(Map.of()).truthy()).isFalse();
    }

    @Test
    void textViewTreatsStructuresAsNull() {
        assertThat(Coercion.toText(Value.of("x"))).isEqualTo("x");
        assertThat(Coercion.toText(Value.of(12))).isEqualTo("12");
        assertThat(Coercion.toText(Value.TRUE)).isEqualTo("true");
        assertThat(Coercion.toText(Value.timestamp(0))).isEqualTo("1970-01-01 00:00:00.000");
        assertThat(Coercion.toText(Value.NULL)).isNull();
        assertThat(Coercion.toText(Value.list(List.of()))).isNull();
        assertThat(Coercion.toText(Value.map(Map.of()))).isNull();
    }

    @Test
    void timeView() {
        assertThat(Coercion.toEpochMillis(Value.timestamp(42))).isEqualTo(42);
        assertThat(Coercion.toEpochMillis(Value.of(1000))).isEqualTo(1000);
        assertThat(Coercion.toEpochMillis(Value.of(1.9))).isEqualTo(1);
        assertThat(Coercion.toEpochMillis(Value.of("1000"))).isEqualTo(1000);
        assertThat(Coercion.toEpochMillis(Value.of("1970-01-01T00:00:01Z"))).isEqualTo(1000);
        assertThat(Coercion.toEpochMillis(Value.of("soon"))).isEqualTo(TimeText.NO_TIME);
        assertThat(Coercion.toEpochMillis(Value.NULL)).isEqualTo(TimeText.NO_TIME);
    }

    @Test
    void structuresRenderAsJson() {
        Value m = Value.map(Map.of("a", Value.list(List.of(Value.of(1), Value.of("x"), Value.NULL, Value.TRUE))));
        assertThat(m.asText()).isEqualTo("{\"a\":[1,\"x\",null,true]}");
    }

    @Test
    void smallLongsAreShared() {
        assertThat(Value.of(7)).isSameAs(Value.of(7));
        assertThat(Value.of(-128)).isSameAs(LongValue.of(-128));
        assertThat(Value.of(1_000_000)).isEqualTo(Value.of(1_000_000));
        assertThat(Value.of(Double.NaN).isNull()).isTrue();
        assertThat(Value.of((String) null).isNull()).isTrue();
    }
}
