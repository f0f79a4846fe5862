package io.fmscope.model.fmcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {
  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Property(tries = 2000)
  void formatsLikeTheJdkFormatter(
      @ForAll @LongRange(min = IsoTimestamps.MIN_EPOCH_MS, max = IsoTimestamps.MAX_EPOCH_MS)
      long epochMs) {
    String text = IsoTimestamps.format(epochMs);

    assertThat(text).isEqualTo(REFERENCE.format(Instant.ofEpochMilli(epochMs)));
    assertThat(IsoTimestamps.parse(text)).isEqualTo(Instant.ofEpochMilli(epochMs));
  }

  @Test
  void consecutiveMillisecondsInOneSecondReuseTheCachedPrefix() {
    assertThat(IsoTimestamps.format(1710495000123L)).isEqualTo("2024-03-15T09:30:00.123Z");
    assertThat(IsoTimestamps.format(1710495000999L)).isEqualTo("2024-03-15T09:30:00.999Z");
    assertThat(IsoTimestamps.format(1710495001000L)).isEqualTo("2024-03-15T09:30:01.000Z");
    assertThat(IsoTimestamps.format(-1L)).isEqualTo("1969-12-31T23:59:59.999Z");
  }

  @Test
  void clampsToFourDigitYearsAndTruncatesToMilliseconds() {
    assertThat(IsoTimestamps.format(Instant.MAX)).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(IsoTimestamps.format(Instant.MIN)).isEqualTo("0000-01-01T00:00:00.000Z");
    assertThat(IsoTimestamps.normalize(Instant.parse("2024-03-15T09:30:00.123999Z")))
        .isEqualTo(Instant.parse("2024-03-15T09:30:00.123Z"));
    assertThat(IsoTimestamps.normalize(null)).isNull();
  }

  @Test
  void parsesPythonIsoformatAndRejectsGarbage() {
    assertThat(IsoTimestamps.parse("2026-11-30T13:25:52.627656+00:00"))
        .isEqualTo(Instant.parse("2026-11-30T13:25:52.627656Z"));
    assertThat(IsoTimestamps.parse("2024-03-15T18:30:00+09:00"))
        .isEqualTo(Instant.parse("2024-03-15T09:30:00Z"));
    assertThat(IsoTimestamps.parse("yesterday")).isNull();
    assertThat(IsoTimestamps.parse(null)).isNull();
  }
}
