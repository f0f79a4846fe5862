package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.TimeText;
import io.fmscope.query.value.Value;
import org.junit.jupiter.api.Test;

class EventTimesTest {
    private static final long T = 1_714_557_600_123L; // 2024-05-01T10:00:00.123Z

    @Test
    void epochUnitsBySize() {
        assertThat(EventTimes.toMillis(Value.of(1_714_557_600L))).isEqualTo(T - 123);
        assertThat(EventTimes.toMillis(Value.of(1_714_557_600.123))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of(T))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of(T * 1000 + 456))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of(T * 1_000_000 + 456_789))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("1714557600123"))).isEqualTo(T);
    }

    @Test
    void isoForms() {
        assertThat(EventTimes.toMillis(Value.of("2024-05-01T10:00:00.123Z"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01T10:00:00.123456+00:00"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01T19:00:00.123+09:00"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01 10:00:00.123"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01 10:00:00,123"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01T10:00:00.123+0000"))).isEqualTo(T);
        assertThat(EventTimes.toMillis(Value.of("2024-05-01"))).isEqualTo(T - 36_000_123L);
    }

    @Test
    void notTimes() {
        assertThat(EventTimes.toMillis(Value.of("yesterday"))).isEqualTo(TimeText.NO_TIME);
        assertThat(EventTimes.toMillis(Value.of("2024-13-45T00:00:00Z"))).isEqualTo(TimeText.NO_TIME);
        assertThat(EventTimes.toMillis(Value.TRUE)).isEqualTo(TimeText.NO_TIME);
        assertThat(EventTimes.toMillis(Value.NULL)).isEqualTo(TimeText.NO_TIME);
    }
}
