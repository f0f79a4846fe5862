package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleAnalysisTest {

    @Test void aThrottleBurstIsRankedFirstWithItsModelAndBins() {
        List<Trace> traces = Scenario.traffic(12, 0, 30, 250, (c, b) -> {
            var r = c.random();
            String model = c.index() % 2 == 0 ? Scenario.SONNET : Scenario.HAIKU;
            boolean inBurst = model.equals(Scenario.SONNET) && c.minute() >= 12 && c.minute() < 15;
            b.cache(2).session(5).search(40).model(model, 800 + r.nextDouble() * 400, 500, 200, 0.004);
            if (r.nextDouble() < (inBurst ? 0.4 : 0.005)) b.status(429);
            b.deliver(10);
        });
        ThrottleReport rep = ThrottleAnalysis.analyze(traces, Scenario.T0, Scenario.T0 + 30 * Scenario.MINUTE, Duration.ofMinutes(1));
        assertThat(rep.bursts()).isNotEmpty();
        ThrottleReport.Burst top = rep.bursts().getFirst();
        assertThat(top.model()).isEqualTo(Scenario.SONNET);
        assertThat(top.startNanos()).isEqualTo(Scenario.T0 + 12 * Scenario.MINUTE);
        assertThat(top.endNanos()).isEqualTo(Scenario.T0 + 15 * Scenario.MINUTE);
        assertThat(top.throttleRate()).isBetween(0.3, 0.5);
        assertThat(top.calls()).isEqualTo(3 * 60 * 4 / 2);
        assertThat(rep.bursts()).noneMatch(x -> x.model().equals(Scenario.HAIKU));
        ThrottleReport.ModelTimeline sonnet = rep.models().getFirst();
        assertThat(sonnet.model()).isEqualTo(Scenario.SONNET);
        assertThat(sonnet.bins()).hasSize(30);
        assertThat(sonnet.bins().get(13).throttles()).isGreaterThan(20);
    }

    @Test void backgroundThrottlingAloneIsNoBurst() {
        List<Trace> traces = Scenario.traffic(13, 0, 30, 250, (c, b) -> {
            String model = c.index() % 2 == 0 ? Scenario.SONNET : Scenario.HAIKU;
            b.cache(2).model(model, 900, 500, 200, 0.004);
            if (c.random().nextDouble() < 0.005) b.status(429);
        });
        ThrottleReport rep = ThrottleAnalysis.analyze(traces, Scenario.T0, Scenario.T0 + 30 * Scenario.MINUTE, Duration.ofMinutes(1));
        assertThat(rep.bursts()).isEmpty();
        assertThat(rep.models()).extracting(ThrottleReport.ModelTimeline::calls).containsOnly(3600L);
        assertThat(rep.models().stream().mapToLong(ThrottleReport.ModelTimeline::throttles).sum()).isBetween(20L, 70L);
    }
}
