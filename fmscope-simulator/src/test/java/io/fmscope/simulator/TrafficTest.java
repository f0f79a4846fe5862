package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.scenario.Rhythm;
import io.fmscope.simulator.traffic.DailyRhythm;
import io.fmscope.simulator.traffic.Lang;
import io.fmscope.simulator.traffic.MangaCatalog;
import io.fmscope.simulator.traffic.QuestionGenerator;
import io.fmscope.simulator.traffic.TextBank;
import io.fmscope.simulator.traffic.TrafficSource;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Message arrivals: the configured rate, the JST daily rhythm, multi-turn sessions in both languages. */
class TrafficTest {
  static final Instant MIDNIGHT_JST = Instant.parse("2025-06-01T15:00:00Z");

  @Test
  void aFlatRateIsMetWithinThreePercentFromTheFirstMinute() {
    long start = SimClock.toNanos(MIDNIGHT_JST);
    TrafficSource t = source(new Rate(12), Rhythm.FLAT, start);
    long first = count(t, start, start + 60_000_000_000L);
    long rest = count(t, start + 60_000_000_000L, start + 3_600_000_000_000L);
    assertThat(first + rest).isBetween(41_900L, 44_500L);
    assertThat(first).isBetween(600L, 840L); // no ramp-up: sessions were already going
  }

  @Test
  void theDailyRhythmPeaksAtLunchInJapanAndIsQuietBeforeDawn() {
    long start = SimClock.toNanos(MIDNIGHT_JST);
    TrafficSource t = source(Rate.SEED_DEFAULT, Rhythm.DAILY, start);
    long hour = 3_600_000_000_000L;
    long day = 0;
    long dawn = 0;
    long lunch = 0;
    for (int h = 0; h < 24; h++) {
      long n = count(t, start + h * hour, start + (h + 1) * hour);
      day += n;
      dawn += h == 4 ? n : 0;
      lunch += h == 12 ? n : 0;
    }
    assertThat(day).isBetween(970_000L, 1_030_000L); // the seed's 1M messages a day
    assertThat(lunch).isGreaterThan(8 * dawn);
  }

  @Test
  void theRhythmAveragesToOne() {
    DailyRhythm r = new DailyRhythm(Rhythm.DAILY);
    double sum = 0;
    int n = 24 * 60;
    for (int m = 0; m < n; m++) {
      sum += r.factor(m * 60_000_000_000L);
    }
    assertThat(sum / n).isBetween(0.999, 1.001);
    assertThat(r.factor(SimClock.toNanos(Instant.parse("2025-06-02T03:30:00Z")))).isGreaterThan(1.4); // 12:30 JST
  }

  @Test
  void sessionsHaveSeveralTurnsInJapaneseAndEnglish() {
    long start = SimClock.toNanos(MIDNIGHT_JST.plus(Duration.ofHours(12)));
    TrafficSource t = source(new Rate(12), Rhythm.FLAT, start);
    int later = 0;
    int ja = 0;
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      TrafficSource.Arrival a = t.next();
      later += a.turn() > 1 ? 1 : 0;
      ja += a.session().lang() == Lang.JA ? 1 : 0;
      assertThat(a.question().text()).isNotBlank();
      t.completed(a, a.atNanos() + 1_500_000_000L);
    }
    assertThat(later).isBetween(n / 2, n * 4 / 5);
    assertThat(ja).isBetween(n * 6 / 10, n * 8 / 10);
  }

  private static TrafficSource source(Rate rate, Rhythm rhythm, long start) {
    return new TrafficSource(rate, new DailyRhythm(rhythm), start, new SplittableRandom(3),
        new QuestionGenerator(MangaCatalog.builtIn(), TextBank.builtIn()));
  }

  /** Counts (and answers after 1.5 s) the arrivals in [from, to); the source must be at {@code from}. */
  private static long count(TrafficSource t, long from, long to) {
    long n = 0;
    while (true) {
      TrafficSource.Arrival a = t.nextBefore(to);
      if (a == null) {
        return n;
      }
      n += a.atNanos() >= from ? 1 : 0;
      t.completed(a, a.atNanos() + 1_500_000_000L);
    }
  }
}
