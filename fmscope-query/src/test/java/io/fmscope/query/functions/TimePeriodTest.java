package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimePeriodTest {

    @ParameterizedTest
    @CsvSource({"5m,5,MINUTE", "1min,1,MINUTE", "2hrs,2,HOUR", "30sec,30,SECOND", "250ms,250,MILLISECOND",
        "1msec,1,MILLISECOND", "3d,3,DAY", "1w,1,WEEK", "1mo,1,MONTH", "2mon,2,MONTH", "1q,1,QUARTER",
        "1qtr,1,QUARTER", "1y,1,YEAR", "2yrs,2,YEAR", "1 hour,1,HOUR", "5M,5,MINUTE", "10mins,10,MINUTE"})
    void parsesEveryDocumentedUnit(String text, long amount, TimePeriod.Unit unit) {
        assertThat(TimePeriod.parse(text)).isEqualTo(new TimePeriod(amount, unit));
    }

    @Test
    void capsAtTheNextUnit() {
        assertThat(TimePeriod.parse("300s").amount()).isEqualTo(60);
        assertThat(TimePeriod.parse("90m").amount()).isEqualTo(60);
        assertThat(TimePeriod.parse("48h").amount()).isEqualTo(24);
        assertThat(TimePeriod.parse("5000ms").amount()).isEqualTo(1000);
        assertThat(TimePeriod.parse("45d").amount()).isEqualTo(45);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> TimePeriod.parse("m")).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> TimePeriod.parse("0m")).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> TimePeriod.parse("5 parsecs")).isInstanceOf(FunctionException.class);
        assertThatThrownBy(() -> TimePeriod.of(Value.NULL)).isInstanceOf(FunctionException.class);
    }

    @Test
    void numbersAreMilliseconds() {
        assertThat(TimePeriod.of(Value.of(1500)).floor(4000)).isEqualTo(3000);
    }

    @Test
    void floorsNegativeTimesDownward() {
        assertThat(TimePeriod.parse("1s").floor(-1)).isEqualTo(-1000);
        assertThat(TimePeriod.parse("1mo").floor(-1)).isEqualTo(-31L * 86_400_000L);
    }
}
