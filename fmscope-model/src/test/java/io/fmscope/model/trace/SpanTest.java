package io.fmscope.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanTest {
    static final TraceId T = TraceId.parse("1-5759e988-bd862e3fe1be46a994272793");

    @Test void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> Span.builder(T, new SpanId(1), "x").startNanos(10).endNanos(9).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before");
    }

    @Test void inProgressHasNoEnd() {
        Span s = Span.builder(T, new SpanId(1), "x").startNanos(10).endNanos(99).inProgress(true).build();
        assertThat(s.endNanos()).isZero();
        assertThat(s.durationNanos()).isZero();
    }

    @Test void collectionsAreCopiedAndDefaultsFilled() {
        Map<String, AttributeValue> attrs = new HashMap<>();
        attrs.put("gen_ai.request.model", AttributeValue.of("claude"));
        Span s = Span.builder(T, new SpanId(2), "chat").attributes(attrs).startNanos(1).endNanos(2).build();
        attrs.put("later", AttributeValue.of(1L));
        assertThat(s.attributes()).containsOnlyKeys("gen_ai.request.model");
        assertThat(s.http()).isEqualTo(Http.NONE);
        assertThat(s.outcome().isOk()).isTrue();
        assertThat(s.attribute("gen_ai.request.model")).isEqualTo("claude");
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test void outcomeFollowsTheXRayMapping() {
        assertThat(Outcome.of(429, false)).isEqualTo(new Outcome(true, true, false));
        assertThat(Outcome.of(404, true)).isEqualTo(new Outcome(true, false, false));
        assertThat(Outcome.of(503, false)).isEqualTo(new Outcome(false, false, true));
        assertThat(Outcome.of(null, true)).isEqualTo(new Outcome(false, false, true));
        assertThat(Outcome.of(200, false)).isEqualTo(Outcome.OK);
    }

    @Test void traceResolvesServicesThroughParents() {
        Span seg = Span.builder(T, new SpanId(1), "api").service("api").segment(true).startNanos(0).endNanos(50)
                .build();
        Span sub = Span.builder(T, new SpanId(2), "DynamoDB").parentId(new SpanId(1)).startNanos(10).endNanos(20)
                .outcome(new Outcome(true, true, false)).build();
        Span nested = Span.builder(T, new SpanId(3), "GetItem").parentId(new SpanId(2)).startNanos(11)
                .endNanos(60).build();
        Trace t = new Trace(T, java.util.List.of(nested, sub, seg));
        assertThat(t.root()).isEqualTo(seg);
        assertThat(t.serviceOf(nested)).isEqualTo("api");
        assertThat(t.services()).containsExactly("api");
        assertThat(t.durationNanos()).isEqualTo(60);
        assertThat(t.outcome().throttle()).isTrue();
        assertThat(t.children(new SpanId(1))).containsExactly(sub);
    }
}
