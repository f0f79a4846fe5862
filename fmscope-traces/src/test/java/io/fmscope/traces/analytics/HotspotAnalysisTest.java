package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotspotAnalysisTest {
    /** Normal traffic with 5% of model calls slow (over 3 s): the usual reason a trace is slow. */
    static void background(Scenario.Ctx c, io.fmscope.traces.synthetic.SyntheticRequest b, double searchMs, double slowModelShare) {
        var r = c.random();
        double model = r.nextDouble() < slowModelShare ? 3200 + r.nextDouble() * 1000 : 600 + r.nextDouble() * 1400;
        b.cache(1 + r.nextDouble() * 2).session(3 + r.nextDouble() * 7).search(searchMs)
                .model(Scenario.SONNET, model, 500, 200, 0.004).deliver(5 + r.nextDouble() * 15);
    }

    @Test void aSlowVectorSearchIsRankedFirstAgainstTheBaseline() {
        List<Trace> baseline = Scenario.traffic(1, 0, 30, 500, (c, b) -> background(c, b, 20 + c.random().nextDouble() * 60, 0.05));
        List<Trace> window = Scenario.traffic(2, 30, 45, 500, (c, b) -> background(c, b,
                c.random().nextDouble() < 0.3 ? 2200 + c.random().nextDouble() * 800 : 20 + c.random().nextDouble() * 60, 0.05));
        Hotspots h = HotspotAnalysis.analyze(window, baseline, Duration.ofSeconds(3));
        assertThat(h.ranked().getFirst().component()).isEqualTo("OpenSearch");
        assertThat(h.ranked().getFirst().excessMs()).isGreaterThan(1000);
        assertThat(h.ranked().getFirst().shareOfSlow()).isBetween(0.2, 1.0);
        assertThat(h.slowTraces()).isGreaterThan(h.windowTraces() / 5);
        assertThat(h.baselineFromSlowWindow()).isFalse();
        // the model call is the biggest component of every trace, but it did not change: it is not ranked first
        var bedrock = h.ranked().stream().filter(x -> x.component().equals("Bedrock")).findFirst().orElseThrow();
        assertThat(bedrock.baselineMeanSelfMs()).isGreaterThan(h.ranked().getFirst().baselineMeanSelfMs());
    }

    @Test void withoutABaselineTheWindowsFastTracesServe() {
        List<Trace> window = Scenario.traffic(3, 0, 15, 500, (c, b) -> background(c, b,
                c.random().nextDouble() < 0.3 ? 2200 + c.random().nextDouble() * 800 : 20 + c.random().nextDouble() * 60, 0.0));
        Hotspots h = HotspotAnalysis.analyze(window, List.of(), Duration.ofSeconds(3));
        assertThat(h.baselineFromSlowWindow()).isTrue();
        assertThat(h.ranked().getFirst().component()).isEqualTo("OpenSearch");
        assertThat(h.baselineTraces() + h.slowTraces()).isEqualTo(window.size());
    }

    @Test void aSlowerModelIsRankedFirstWhenThatIsWhatChanged() {
        List<Trace> baseline = Scenario.traffic(4, 0, 30, 500, (c, b) -> background(c, b, 20 + c.random().nextDouble() * 60, 0.02));
        List<Trace> window = Scenario.traffic(5, 30, 45, 500, (c, b) -> background(c, b, 20 + c.random().nextDouble() * 60, 0.4));
        Hotspots h = HotspotAnalysis.analyze(window, baseline, Duration.ofSeconds(3));
        assertThat(h.ranked().getFirst().component()).isEqualTo("Bedrock");
    }

    @Test void whenNothingIsSlowTheWindowsP90IsTheThreshold() {
        List<Trace> window = Scenario.traffic(6, 0, 5, 500, (c, b) -> Scenario.normal(c, b, Scenario.SONNET));
        Hotspots h = HotspotAnalysis.analyze(window, List.of(), Duration.ofSeconds(3));
        assertThat(h.slowThresholdMs()).isLessThan(3000);
        assertThat(h.slowTraces()).isBetween(window.size() / 20, window.size() / 5);
    }

    @Test void selfTimeSubtractsChildrenOnceEvenWhenTheyOverlap() {
        var id = io.fmscope.model.trace.TraceId.parse("1-5759e988-bd862e3fe1be46a994272793");
        var root = io.fmscope.model.trace.Span.builder(id, new io.fmscope.model.trace.SpanId(1), "root").service("svc")
                .segment(true).startNanos(0).endNanos(100).build();
        var a = io.fmscope.model.trace.Span.builder(id, new io.fmscope.model.trace.SpanId(2), "a").parentId(root.spanId())
                .service("svc").kind(io.fmscope.model.trace.SpanKind.CLIENT).startNanos(10).endNanos(50)
                .attribute("peer.service", io.fmscope.model.trace.AttributeValue.of("X")).build();
        var b = io.fmscope.model.trace.Span.builder(id, new io.fmscope.model.trace.SpanId(3), "b").parentId(root.spanId())
                .service("svc").kind(io.fmscope.model.trace.SpanKind.CLIENT).startNanos(30).endNanos(120)
                .attribute("peer.service", io.fmscope.model.trace.AttributeValue.of("Y")).build();
        var self = SelfTime.byComponent(new Trace(id, List.of(root, a, b)));
        assertThat(self).containsEntry("svc", 10L).containsEntry("X", 40L).containsEntry("Y", 90L);
    }
}
