package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fmscope.simulator.scenario.Durations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rates and durations as written in scenario files and on the command line. */
class RateTest {
  @Test
  void ratesNeedAUnit() {
    assertThat(Rate.parse("1M/day").perDay()).isCloseTo(1_000_000, within(1e-6));
    assertThat(Rate.parse("12/s").perSecond()).isEqualTo(12);
    assertThat(Rate.parse("720 / min").perSecond()).isCloseTo(12, within(1e-12));
    assertThat(Rate.parse("43.2k/h").perSecond()).isCloseTo(12, within(1e-12));
    assertThat(Rate.SEED_DEFAULT).hasToString("1M/day");
    assertThat(new Rate(12)).hasToString("12.00/s");
    assertThatThrownBy(() -> Rate.parse("12")).hasMessageContaining("give a number and a unit");
    assertThatThrownBy(() -> Rate.parse("0/s")).hasMessageContaining("greater than zero");
    assertThatThrownBy(() -> Rate.parse("-3/s")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void durationsNeedAUnitAndAreNeverNegative() {
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(Durations.parse("1.5m")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("0")).isZero();
    assertThatThrownBy(() -> Durations.parse("600")).hasMessageContaining("a unit is required");
    assertThatThrownBy(() -> Durations.parse("-5m")).hasMessageContaining("negative");
    assertThatThrownBy(() -> Durations.parse("10 minutes")).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> Durations.parse("5m10")).hasMessageContaining("not a duration");
    assertThat(Durations.format(Duration.ofSeconds(5430))).isEqualTo("1h30m30s");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }
}
