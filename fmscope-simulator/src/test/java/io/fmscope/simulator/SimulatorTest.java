package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.simulator.scenario.GroundTruth;
import io.fmscope.simulator.scenario.Scenario;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embeddable API: determinism, ground truth, default start, pacing, live statistics, stop. */
class SimulatorTest {
  static final Scenario FILTER = Runs.scenario("ep-005-content-filter.yaml");

  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedDoesNot() {
    List<String> a = lines(7);
    List<String> b = lines(7);
    List<String> c = lines(8);
    assertThat(a).hasSizeGreaterThan(2_000).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  private static List<String> lines(long seed) {
    RecordingSink sink = new RecordingSink(true);
    Simulator.builder().scenario(FILTER).duration(Duration.ofMinutes(14)).rate(Rate.perDay(300_000)).seed(seed)
        .start(Runs.MORNING).asFastAsPossible().sink(sink).build().run();
    return sink.lines;
  }

  @Test
  void theGroundTruthFileHoldsTheWindowsAndDiagnoses() throws Exception {
    Path file = dir.resolve("truth/ep-005.json");
    Simulator sim = Simulator.builder().scenario(FILTER).duration(Duration.ofMinutes(12)).start(Runs.MORNING)
        .rate(Rate.perDay(100_000)).asFastAsPossible().groundTruth(file).build();
    RunSummary r = sim.run();
    GroundTruth read = GroundTruth.read(file);
    assertThat(read).isEqualTo(r.groundTruth()).isEqualTo(sim.groundTruth());
    GroundTruth.FaultWindow f = read.faults().getFirst();
    assertThat(f.start()).isEqualTo(Runs.MORNING.plus(Duration.ofMinutes(10)));
    assertThat(f.end()).isEqualTo(Runs.MORNING.plus(Duration.ofMinutes(12))); // cut by the shorter run
    assertThat(f.diagnosis().taxonomyType()).isEqualTo("ContentFilterBlocked");
    assertThat(f.diagnosis().taxonomyGroup()).isEqualTo("Content & Safety Errors");
    assertThat(f.diagnosis().category()).isEqualTo("CONTENT_FILTER");
    assertThat(f.diagnosis().patternId()).isEqualTo("EP-005");
    assertThat(f.status()).isEqualTo("CONTENT_FILTERED");
    assertThat(read.toJson()).contains("\"start_offset_s\" : 600.0", "\"pattern_id\" : \"EP-005\"");
  }

  @Test
  void byDefaultTheRunEndsAtThePresent() {
    Instant now = Instant.parse("2025-06-02T12:00:00Z");
    Clock wall = Clock.fixed(now, ZoneOffset.UTC);
    Simulator realTime = Simulator.builder().scenario(FILTER).wallClock(wall, System::nanoTime, n -> {}).build();
    assertThat(realTime.start()).isEqualTo(now);
    Simulator fast = Simulator.builder().scenario(FILTER).speed(60).wallClock(wall, System::nanoTime, n -> {}).build();
    assertThat(fast.start()).isEqualTo(now.minus(Duration.ofSeconds(40 * 60 - 40)));
    Simulator max = Simulator.builder().scenario(FILTER).asFastAsPossible().wallClock(wall, System::nanoTime, n -> {})
        .build();
    assertThat(max.start()).isEqualTo(now.minus(Duration.ofMinutes(40)));
  }

  @Test
  void atSpeedSixtyTwoSimulatedMinutesTakeTwoWallSeconds() {
    AtomicLong fakeNanos = new AtomicLong();
    RunSummary r = Simulator.builder().scenario(FILTER).duration(Duration.ofMinutes(2)).rate(Rate.perDay(100_000))
        .start(Runs.MORNING).speed(60).wallClock(Clock.systemUTC(), fakeNanos::get, fakeNanos::addAndGet)
        .sink(new RecordingSink()).build().run();
    assertThat(r.turns()).isPositive();
    long lastTurnOffset = Duration.between(Runs.MORNING, r.end()).toNanos();
    assertThat(fakeNanos.get()).isBetween(lastTurnOffset / 60, lastTurnOffset / 60 + 100_000_000L);
    assertThat(fakeNanos.get()).isGreaterThan(1_800_000_000L);
  }

  @Test
  void liveStatsArriveEveryIntervalAndNameTheActiveFault() {
    List<LiveStats> seen = new ArrayList<>();
    RecordingSink sink = new RecordingSink();
    RunSummary r = Simulator.builder().scenario(FILTER).duration(Duration.ofMinutes(20)).rate(Rate.perDay(300_000))
        .start(Runs.MORNING).asFastAsPossible().sink(sink).stats(seen::add, Duration.ofSeconds(30)).build().run();
    assertThat(seen).hasSizeBetween(39, 41);
    LiveStats atFive = seen.get(9);
    assertThat(atFive.elapsed()).isEqualTo(Duration.ofMinutes(5));
    assertThat(atFive.requestsPerSecond()).isBetween(2.5, 5.5); // 300k/day is 3.5/s, times the 10:00 JST rhythm
    assertThat(atFive.p50Ms()).isPositive().isLessThan(atFive.p99Ms());
    assertThat(atFive.costPerHourUsd()).isPositive();
    assertThat(atFive.activeFaults()).isEmpty();
    LiveStats inFault = seen.get(29);
    assertThat(inFault.activeFaults()).containsExactly("strict-filter");
    assertThat(inFault.errorRate()).isGreaterThan(atFive.errorRate());
    assertThat(inFault.line()).contains("req/s", "p99", "[faults: strict-filter]");
    assertThat(seen.getLast().requests()).isEqualTo(r.turns()).isEqualTo(sink.calls.size());
    assertThat(sink.closed).isTrue();
  }

  @Test
  void stopEndsTheRunEarly() {
    RecordingSink sink = new RecordingSink();
    Simulator[] sim = new Simulator[1];
    List<LiveStats> seen = new ArrayList<>();
    sim[0] = Simulator.builder().scenario(FILTER).rate(Rate.perDay(300_000)).start(Runs.MORNING).asFastAsPossible()
        .sink(sink).stats(s -> {
          seen.add(s);
          if (seen.size() == 3) {
            sim[0].stop();
          }
        }, Duration.ofMinutes(1)).build();
    RunSummary r = sim[0].run();
    assertThat(r.stopped()).isTrue();
    assertThat(r.end()).isBefore(Runs.MORNING.plus(Duration.ofMinutes(4)));
    assertThat(sink.calls).hasSize((int) r.turns());
  }
}
