package io.fmscope.traces.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.TraceId;
import org.junit.jupiter.api.Test;

class MetricsRecorderTest {
    final TraceId id = TraceId.parse("5759e988bd862e3fe1be46a994272793");

    @Test void genAiUsageIsReadUnderCurrentAndLegacyNames() {
        MetricsRecorder m = new MetricsRecorder();
        m.record(Span.builder(id, new SpanId(1), "chat a").startNanos(0).endNanos(1_000_000)
                .attribute("gen_ai.request.model", AttributeValue.of("a")).attribute("gen_ai.usage.input_tokens", AttributeValue.of(100L))
                .attribute("gen_ai.usage.output_tokens", AttributeValue.of(20L)).attribute("fmscope.cost.usd", AttributeValue.of(0.0015)).build());
        m.record(Span.builder(id, new SpanId(2), "chat a").parentId(new SpanId(1)).startNanos(0).endNanos(2_000_000)
                .attribute("gen_ai.response.model", AttributeValue.of("a")).attribute("gen_ai.usage.prompt_tokens", AttributeValue.of(7L))
                .attribute("gen_ai.usage.completion_tokens", AttributeValue.of("3")).attribute("fmscope.cost.usd", AttributeValue.of("0.0005")).build());
        m.record(Span.builder(id, new SpanId(3), "GET").parentId(new SpanId(1)).startNanos(0).endNanos(3_000_000)
                .outcome(new Outcome(true, true, false)).build());
        MetricsSnapshot s = m.snapshot();
        TokenTotals a = s.models().get("a");
        assertThat(a).isEqualTo(new TokenTotals(2, 107, 23, 2_000_000));
        assertThat(a.costUsd()).isEqualTo(0.002);
        assertThat(s.spans()).isEqualTo(3);
        assertThat(s.traces()).isEqualTo(1);
        RedStats get = s.operations().get(new OperationKey("", "GET"));
        assertThat(get.errors()).isEqualTo(1);
        assertThat(get.throttles()).isEqualTo(1);
        assertThat(get.percentileMillis(50)).isCloseTo(3.0, org.assertj.core.api.Assertions.within(0.005));
        assertThat(s.services()).containsOnlyKeys("");
    }

    @Test void snapshotsMergeExactly() {
        MetricsRecorder a = new MetricsRecorder();
        MetricsRecorder b = new MetricsRecorder();
        MetricsRecorder both = new MetricsRecorder();
        for (int i = 1; i <= 1000; i++) {
            Span s = Span.builder(id, new SpanId(i), "op").service("svc").segment(true).startNanos(0).endNanos(i * 1_000_000L)
                    .attribute("fmscope.cost.usd", AttributeValue.of(0.1)).attribute("gen_ai.request.model", AttributeValue.of("m")).build();
            (i % 2 == 0 ? a : b).record(s);
            both.record(s);
        }
        assertThat(a.snapshot().plus(b.snapshot())).isEqualTo(both.snapshot());
        assertThat(both.snapshot().totalUsage().costNanoUsd()).isEqualTo(100_000_000_000L);
    }
}
