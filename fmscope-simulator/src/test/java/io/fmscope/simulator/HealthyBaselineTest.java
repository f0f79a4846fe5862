package io.fmscope.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.simulator.scenario.Models;
import io.fmscope.simulator.scenario.Scenario;
import io.fmscope.simulator.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped healthy baseline over a simulated hour at the JST lunch peak meets the seed's targets: p99
 * end-to-end under 3 s, error rate under 1%, and the seed's prices (Sonnet $3/$15, Haiku $0.25/$1.25 per
 * million tokens) reproduced from the tokens in the records.
 */
class HealthyBaselineTest {
  /** 12:00 JST, the busiest hour of the daily rhythm. */
  static final Instant LUNCH_PEAK = Instant.parse("2025-06-02T03:00:00Z");
  static RecordingSink sink = new RecordingSink();
  static RunSummary summary;

  @BeforeAll
  static void runAnHour() throws Exception {
    Scenario healthy = ScenarioLoader.load(Path.of(System.getProperty("fmscope.scenarios"), "healthy-baseline.yaml"));
    summary = Simulator.builder().scenario(healthy).duration(Duration.ofHours(1)).seed(11).start(LUNCH_PEAK)
        .asFastAsPossible().sink(sink).build().run();
  }

  @Test
  void p99EndToEndIsUnderThreeSeconds() {
    double[] e2e = sink.calls.stream().mapToDouble(c -> c.latency().totalE2eMs()).sorted().toArray();
    double p99 = e2e[(int) Math.ceil(e2e.length * 0.99) - 1];
    System.out.printf("turns=%d p50=%.0f p99=%.0f max=%.0f errors=%.4f cache=%.3f cost=%.2f%n", e2e.length,
        e2e[e2e.length / 2], p99, e2e[e2e.length - 1], summary.errorRate(),
        summary.cacheHits() / (double) summary.turns(), summary.costUsd());
    assertThat(e2e.length).isGreaterThan(40_000); // ~1M/day at the lunch peak: about 17 messages a second
    assertThat(p99).isLessThan(3_000);
    assertThat(summary.p99Ms()).isLessThan(3_000);
  }

  @Test
  void errorRateIsUnderOnePercentButNotZero() {
    long failed = sink.calls.stream().filter(c -> c.status() != FmCallStatus.SUCCESS).count();
    double rate = (double) failed / sink.calls.size();
    assertThat(rate).isLessThan(0.01).isGreaterThan(0); // the healthy background is realistic, not silent
    assertThat(summary.errors()).isEqualTo(failed);
  }

  @Test
  void costsAreTheSeedPricesTimesTheTokens() {
    double recomputed = 0;
    int priced = 0;
    for (FmCallRecord c : sink.calls) {
      long in = c.promptMetrics().totalInputTokens();
      long out = c.responseMetrics().outputTokenCount();
      double[] price = seedPrice(c.metadata().modelId());
      double full = in * price[0] / 1e6 + out * price[1] / 1e6;
      if (c.cost().wasCached()) {
        assertThat(c.cost().totalCostUsd()).isZero();
        assertThat(c.cost().cacheHitSavingsUsd()).isCloseTo(full, within(1e-12));
      } else if (out > 0) {
        assertThat(c.cost().inputCostUsd()).isCloseTo(in * price[0] / 1e6, within(1e-12));
        assertThat(c.cost().outputCostUsd()).isCloseTo(out * price[1] / 1e6, within(1e-12));
        assertThat(c.cost().totalCostUsd()).isCloseTo(full, within(1e-12));
        recomputed += full;
        priced++;
      } else {
        assertThat(c.cost().totalCostUsd()).isZero(); // a call that produced nothing is not billed
      }
    }
    assertThat(priced).isGreaterThan(sink.calls.size() / 2);
    assertThat(summary.costUsd()).isCloseTo(recomputed, within(recomputed * 1e-9));
    List<String> models = sink.calls.stream().map(c -> c.metadata().modelId()).distinct().sorted().toList();
    assertThat(models).containsExactlyInAnyOrder(Models.SONNET, Models.HAIKU);
  }

  @Test
  void tokensComeFromJapaneseAndEnglishText() {
    assertThat(sink.calls).extracting(c -> c.promptMetrics().language()).contains("ja", "en");
    double meanInput = sink.calls.stream().filter(c -> !c.cost().wasCached())
        .mapToLong(c -> c.promptMetrics().totalInputTokens()).average().orElse(0);
    assertThat(meanInput).isBetween(500.0, 5_000.0);
    assertThat(Arrays.stream(new long[] {summary.cacheHits()}).sum()).isPositive();
  }

  static double[] seedPrice(String model) {
    return switch (model) {
      case Models.SONNET -> new double[] {3.00, 15.00};
      case Models.HAIKU -> new double[] {0.25, 1.25};
      default -> throw new AssertionError("unexpected model " + model);
    };
  }
}
