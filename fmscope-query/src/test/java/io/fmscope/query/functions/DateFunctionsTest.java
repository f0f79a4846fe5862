package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static io.fmscope.query.functions.Fn.callAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.value.Value;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateFunctionsTest {
    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static EvalContext at(String iso) {
        return EvalContext.of(Value.timestamp(ms(iso)), 0, 0, 0);
    }

    @Test
    void binFloorsTheRowTimestamp() {
        assertThat(callAt(at("2024-05-01T10:07:31.250Z"), "bin", "5m"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:05:00Z")));
        assertThat(callAt(at("2024-05-01T10:07:31.250Z"), "bin", "1h"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:00:00Z")));
        assertThat(callAt(at("2024-05-01T10:07:31.250Z"), "bin", "1min"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:07:00Z")));
        assertThat(callAt(EvalContext.of(Value.NULL, 0, 0, 0), "bin", "5m").isNull()).isTrue();
    }

    @Test
    void documentedUnitCap() {
        // bin(300s) behaves as 60 s: the amount is capped at the next unit's size
        assertThat(callAt(at("2024-05-01T10:07:31Z"), "bin", "300s"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:07:00Z")));
    }

    @Test
    void calendarUnits() {
        String t = "2024-05-17T13:00:00Z";
        assertThat(call("datefloor", Value.timestamp(ms(t)), "1mo")).isEqualTo(Value.timestamp(ms("2024-05-01T00:00:00Z")));
        assertThat(call("datefloor", Value.timestamp(ms(t)), "1q")).isEqualTo(Value.timestamp(ms("2024-04-01T00:00:00Z")));
        assertThat(call("datefloor", Value.timestamp(ms(t)), "1y")).isEqualTo(Value.timestamp(ms("2024-01-01T00:00:00Z")));
        assertThat(call("dateceil", Value.timestamp(ms(t)), "1mo")).isEqualTo(Value.timestamp(ms("2024-06-01T00:00:00Z")));
        assertThat(call("dateceil", Value.timestamp(ms(t)), "1q")).isEqualTo(Value.timestamp(ms("2024-07-01T00:00:00Z")));
        assertThat(call("datefloor", Value.timestamp(ms(t)), "1d")).isEqualTo(Value.timestamp(ms("2024-05-17T00:00:00Z")));
        // weeks are fixed 7-day buckets aligned to the epoch (a Thursday)
        assertThat(call("datefloor", Value.timestamp(ms(t)), "1w")).isEqualTo(Value.timestamp(ms("2024-05-16T00:00:00Z")));
    }

    @Test
    void dateceilKeepsABoundary() {
        Value onHour = Value.timestamp(ms("2024-05-01T10:00:00Z"));
        assertThat(call("dateceil", onHour, "1h")).isEqualTo(onHour);
        assertThat(call("dateceil", Value.timestamp(ms("2024-05-01T10:00:00.001Z")), "10m"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:10:00Z")));
        assertThat(call("datefloor", "2024-05-01T10:31:00Z", "30m"))
                .isEqualTo(Value.timestamp(ms("2024-05-01T10:30:00Z")));
    }

    @Test
    void badPeriodIsAQueryError() {
        assertThatThrownBy(() -> call("datefloor", Value.timestamp(0), "5 fortnights"))
                .isInstanceOf(FunctionException.class).hasMessageContaining("unknown time unit");
    }

    @Test
    void millisConversions() {
        assertThat(call("fromMillis", 1_642_195_111_000L)).isEqualTo(Value.timestamp(1_642_195_111_000L));
        assertThat(call("fromMillis", "x").isNull()).isTrue();
        // the documented toMillis example: 2022-01-14T13:18:31.000-08:00 gives 1642195111000
        assertThat(call("toMillis", "2022-01-14T13:18:31.000-08:00")).isEqualTo(Value.of(1_642_195_111_000L));
        assertThat(call("toMillis", Value.timestamp(5))).isEqualTo(Value.of(5));
        assertThat(call("toMillis", "yesterday").isNull()).isTrue();
    }

    @Test
    void nowIsEpochSecondsOfQueryStart() {
        assertThat(call("now")).isEqualTo(Value.of(Fn.NOW / 1000));
    }

    @Test
    void parseDateWithJavaPatterns() {
        assertThat(call("parseDate", "2024-05-01", "yyyy-MM-dd", "UTC")).isEqualTo(Value.of(ms("2024-05-01T00:00:00Z")));
        assertThat(call("parseDate", "2024-05-01 09:30", "yyyy-MM-dd HH:mm", "Asia/Tokyo"))
                .isEqualTo(Value.of(ms("2024-05-01T00:30:00Z")));
        assertThat(call("parseDate", "01/05/2024 10:00 +0200", "dd/MM/yyyy HH:mm Z"))
                .isEqualTo(Value.of(ms("2024-05-01T08:00:00Z")));
        assertThat(call("parseDate", "not a date", "yyyy-MM-dd").isNull()).isTrue();
        assertThatThrownBy(() -> call("parseDate", "2024", "yyyy-MM-dd", "Mars/Olympus"))
                .isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> call("parseDate", "2024", "{{bad"))
                .isInstanceOf(FunctionException.class);
    }

    @Test
    void formatDateWithStrftime() {
        Value t = Value.timestamp(ms("2024-05-01T23:04:05.678Z"));
        assertThat(call("formatDate", t, "%Y-%m-%d")).isEqualTo(Value.of("2024-05-01"));
        assertThat(call("strftime", t, "%H:%M:%S.%L")).isEqualTo(Value.of("23:04:05.678"));
        assertThat(call("formatDate", t, "%Y-%m-%d %H:%M", "Asia/Tokyo")).isEqualTo(Value.of("2024-05-02 08:04"));
        assertThat(call("formatDate", t, "%a %b %e %j %% %s")).isEqualTo(Value.of("Wed May  1 122 % 1714604645"));
        assertThat(call("formatDate", t, "%F %T")).isEqualTo(Value.of("2024-05-01 23:04:05"));
        assertThat(call("formatDate", null, "%Y").isNull()).isTrue();
    }
}
