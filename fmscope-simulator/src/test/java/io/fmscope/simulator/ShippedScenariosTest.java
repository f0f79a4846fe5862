package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.simulator.scenario.GroundTruth;
import io.fmscope.simulator.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each seed-pattern scenario produces its fault's errors (the category, pattern and status of its ground
 * truth) inside its window and none outside. Background errors are off so "none outside" is exact; a turn
 * that started in the window may end up to two minutes later (timeouts, retries, an open breaker).
 */
class ShippedScenariosTest {
  static final Duration GRACE = Duration.ofMinutes(2);

  @ParameterizedTest
  @ValueSource(strings = {"ep-001-bedrock-throttling", "ep-002-bedrock-timeout", "ep-003-token-limit",
      "ep-004-opensearch-failure", "ep-005-content-filter", "ep-006-session-corruption", "ep-007-redis-failure",
      "ep-008-sdk-credentials"})
  void faultErrorsAppearInTheWindowOnly(String name) {
    Scenario s = Runs.scenario(name + ".yaml");
    Runs.Run run = Runs.run(Simulator.builder().scenario(s).seed(5).start(Runs.MORNING)
        .duration(Duration.ofMinutes(32)).rate(Rate.perDay(200_000)).backgroundErrors(0));
    GroundTruth.FaultWindow f = run.summary().groundTruth().faults().getFirst();
    assertThat(f.diagnosis().patternId()).isEqualTo(s.pattern());
    Predicate<FmCallRecord> caused = r -> r.error() != null
        && f.diagnosis().category().equals(r.error().rootCauseCategory());
    List<FmCallRecord> calls = run.sink().calls;
    List<FmCallRecord> inside = calls.stream().filter(r -> Runs.inRange(r, f.start(), f.end())).filter(caused).toList();
    assertThat(calls.stream().filter(r -> r.timestamp().isBefore(f.start())).filter(caused)).as("before").isEmpty();
    assertThat(calls.stream().filter(r -> !r.timestamp().isBefore(f.end().plus(GRACE))).filter(caused)).as("after")
        .isEmpty();
    assertThat(inside).as("in the window").hasSizeGreaterThanOrEqualTo(30);
    assertThat(calls.stream().filter(r -> r.status() != FmCallStatus.SUCCESS)
        .filter(r -> !Runs.inRange(r, f.start(), f.end().plus(GRACE)))).as("any failure outside").isEmpty();
    long rightPattern = inside.stream().filter(r -> f.diagnosis().patternId().equals(Runs.pattern(r.error()))).count();
    assertThat(rightPattern).as("classified as " + f.diagnosis().patternId()).isGreaterThanOrEqualTo(inside.size() * 9 / 10);
    long rightStatus = inside.stream().filter(r -> r.status().name().equals(f.status())).count();
    assertThat(rightStatus).as("status " + f.status()).isGreaterThanOrEqualTo(inside.size() * 9 / 10);
    assertThat(run.summary().errorsByFault()).containsKey(f.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ep-001-bedrock-throttling", "ep-007-redis-failure"})
  void withTheHealthyBackgroundTheFaultStandsOut(String name) {
    Scenario s = Runs.scenario(name + ".yaml");
    Runs.Run run = Runs.run(Simulator.builder().scenario(s).seed(6).start(Runs.MORNING).duration(Duration.ofMinutes(22))
        .rate(Rate.perDay(200_000)));
    GroundTruth.FaultWindow f = run.summary().groundTruth().faults().getFirst();
    Instant runStart = run.summary().start();
    double inside = rate(run.sink().calls, r -> Runs.inRange(r, f.start(), f.end()), f.diagnosis().category());
    double before = rate(run.sink().calls, r -> Runs.inRange(r, runStart, f.start()), f.diagnosis().category());
    assertThat(inside).isGreaterThan(0.05).isGreaterThan(10 * before);
  }

  private static double rate(List<FmCallRecord> calls, Predicate<FmCallRecord> when, String category) {
    List<FmCallRecord> in = calls.stream().filter(when).toList();
    return in.stream().filter(r -> r.error() != null && category.equals(r.error().rootCauseCategory())).count()
        / (double) Math.max(1, in.size());
  }
}
