package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.simulator.scenario.Baseline;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultCatalog;
import io.fmscope.simulator.scenario.FaultDefinition;
import io.fmscope.simulator.scenario.FaultSpec;
import io.fmscope.simulator.scenario.Rhythm;
import io.fmscope.simulator.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (component, kind) of the fault table, injected for two minutes of a five-minute run, shows its
 * signal in the window and not before: errors that the error catalog classifies as the fault's pattern,
 * a slower component, inflated prompts, or cold tasks. Together with FaultCatalogTest this shows that
 * every error type of the seed's taxonomy can be reproduced.
 */
class FaultCoverageTest {
  static final Duration START = Duration.ofMinutes(2);
  static final Duration LENGTH = Duration.ofMinutes(2);

  static Stream<Arguments> definitions() {
    return FaultCatalog.builtIn().all().stream().map(d -> Arguments.of(d.component().id() + "/" + d.kind().id(), d));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void faultShowsInItsWindowOnly(String name, FaultDefinition d) {
    double intensity = switch (d.kind()) {
      case LATENCY -> 50;
      case PROMPT_BLOAT -> 3;
      default -> 0.5;
    };
    FaultSpec spec = new FaultSpec("x", START, LENGTH, d.component(), d.kind(), intensity, null);
    Scenario s = new Scenario("cover", "coverage", null, Duration.ofMinutes(5),
        new Baseline(Rate.perDay(300_000), Rhythm.FLAT, 0, 4), List.of(spec), null);
    Runs.Run run = Runs.run(Simulator.builder().scenario(s).seed(d.kind().ordinal() * 31L + d.component().ordinal())
        .start(Runs.MORNING));
    Instant from = run.summary().start().plus(START);
    Instant to = from.plus(LENGTH);
    List<FmCallRecord> before = run.sink().calls.stream().filter(r -> r.timestamp().isBefore(from)).toList();
    List<FmCallRecord> inside = run.sink().calls.stream().filter(r -> Runs.inRange(r, from, to)).toList();
    assertThat(before.size()).as("turns before").isGreaterThan(300);
    assertThat(before.stream().filter(r -> r.error() != null).count()).as("errors before the fault").isZero();
    switch (d.signal()) {
      case "errors" -> {
        long hits = inside.stream().filter(r -> r.error() != null)
            .filter(r -> d.diagnosis().patternId().equals(Runs.pattern(r.error()))).count();
        assertThat(hits).as(name + " errors in the window").isGreaterThanOrEqualTo(5);
        assertThat(inside.stream().filter(r -> r.status().name().equals(d.status().name())).count()).isPositive();
      }
      case "latency" -> {
        LatencyComponent c = latencyOf(d.component());
        ToDoubleFunction<FmCallRecord> ms = r -> r.latency().get(c);
        assertThat(mean(inside, ms)).as(c.jsonName()).isGreaterThan(3 * mean(before, ms));
      }
      case "tokens" -> {
        ToDoubleFunction<FmCallRecord> tokens = r -> r.cost().wasCached() ? 0 : r.promptMetrics().totalInputTokens();
        assertThat(mean(inside, tokens)).isGreaterThan(1.5 * mean(before, tokens));
        assertThat(inside.stream().filter(r -> r.error() != null).count()).as("errors").isZero();
      }
      case "cold_starts" -> {
        ToDoubleFunction<FmCallRecord> ms = r -> r.latency().orchestratorProcessingMs();
        assertThat(inside.stream().filter(r -> ms.applyAsDouble(r) > 800).count()).isGreaterThanOrEqualTo(10);
        assertThat(before.stream().filter(r -> ms.applyAsDouble(r) > 800).count()).isZero();
      }
      default -> throw new AssertionError("unknown signal " + d.signal());
    }
  }

  static LatencyComponent latencyOf(Component c) {
    return switch (c) {
      case BEDROCK -> LatencyComponent.BEDROCK_INVOKE;
      case OPENSEARCH -> LatencyComponent.OPENSEARCH_QUERY;
      case DYNAMODB -> LatencyComponent.DYNAMODB_SESSION_LOOKUP;
      case REDIS -> LatencyComponent.REDIS_CACHE_CHECK;
      case APIGATEWAY -> LatencyComponent.API_GATEWAY;
      case WEBSOCKET -> LatencyComponent.WEBSOCKET_DELIVERY;
      case ORCHESTRATOR, DEPLOYMENT -> LatencyComponent.ORCHESTRATOR_PROCESSING;
    };
  }

  /** Mean over the records where the value is positive (the component took part in the turn). */
  static double mean(List<FmCallRecord> rs, ToDoubleFunction<FmCallRecord> f) {
    return rs.stream().mapToDouble(f).filter(v -> v > 0).average().orElse(0);
  }

}
