package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.Trace;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMapBuilderTest {

    @Test void nodesAndEdgesCarryCountsFlagsHistogramsAndHealth() {
        List<Trace> traces = Scenario.traffic(41, 0, 10, 1000, (c, b) -> {
            b.cache(2).session(5).search(40).model(Scenario.SONNET, 900, 500, 200, 0.004);
            if (c.index() % 20 == 0) b.status(429);          // 5% throttled model calls
            b.deliver(10);
            if (c.index() % 100 == 1) b.status(500);         // 1% delivery faults
            if (c.index() % 50 == 3) b.rootStatus(404);      // 2% of requests answered 404
        });
        ServiceMap map = ServiceMapBuilder.build(traces, Scenario.T0, Scenario.T0 + 10 * Scenario.MINUTE);
        int n = traces.size();
        assertThat(map.traces()).isEqualTo(n);
        assertThat(map.nodes()).extracting(ServiceMap.Node::name).containsExactlyInAnyOrder("client",
                SyntheticRequest.SERVICE, "ElastiCache-Redis", "DynamoDB", "OpenSearch", "Bedrock", "APIGateway-WebSocket");
        ServiceMap.Node orch = map.node(SyntheticRequest.SERVICE);
        assertThat(orch.root()).isTrue();
        assertThat(orch.inferred()).isFalse();
        assertThat(orch.stats().count()).isEqualTo(n);
        assertThat(orch.stats().otherErrors()).isEqualTo(n / 50);
        assertThat(orch.health()).isEqualTo(Health.ERROR);
        ServiceMap.Node bedrock = map.node("Bedrock");
        assertThat(bedrock.inferred()).isTrue();
        assertThat(bedrock.type()).isEqualTo("AWS::Bedrock::InvokeModel");
        assertThat(bedrock.stats().throttles()).isEqualTo(n / 20);
        assertThat(bedrock.stats().ok()).isEqualTo(n - n / 20);
        assertThat(bedrock.health()).isEqualTo(Health.THROTTLE);
        assertThat(bedrock.stats().p50Ms()).isBetween(895.0, 905.0);
        assertThat(bedrock.stats().histogram()).isNotEmpty()
                .allMatch(bin -> bin.upToSeconds() >= 0.9 && bin.upToSeconds() <= 1.1);
        assertThat(map.node("APIGateway-WebSocket").health()).isEqualTo(Health.FAULT);
        assertThat(map.node("ElastiCache-Redis").health()).isEqualTo(Health.OK);
        assertThat(map.edge("client", SyntheticRequest.SERVICE).stats().count()).isEqualTo(n);
        ServiceMap.Edge toBedrock = map.edge(SyntheticRequest.SERVICE, "Bedrock");
        assertThat(toBedrock.stats().count()).isEqualTo(n);
        assertThat(toBedrock.stats().totalResponseSeconds()).isBetween(0.899 * n, 0.901 * n);
        assertThat(map.edges()).hasSize(6);
    }

    @Test void aCallIntoAnotherTracedServiceIsAnEdgeToItsOwnNode() {
        List<Trace> traces = new ArrayList<>();
        for (Trace t : Scenario.traffic(42, 0, 1, 1000, (c, b) -> b.cache(2).model(Scenario.SONNET, 900, 1, 1, 0))) {
            List<Span> spans = new ArrayList<>(t.spans());
            Span root = t.root();
            Span call = Span.builder(t.traceId(), new SpanId(0x77), "GET /recs").parentId(root.spanId())
                    .service(root.service()).kind(SpanKind.CLIENT).startNanos(root.startNanos() + 1_000_000)
                    .endNanos(root.startNanos() + 51_000_000).attribute("peer.service", AttributeValue.of("recs")).build();
            Span callee = Span.builder(t.traceId(), new SpanId(0x78), "recommend").parentId(call.spanId()).service("recs-service")
                    .kind(SpanKind.SERVER).segment(true).startNanos(root.startNanos() + 2_000_000)
                    .endNanos(root.startNanos() + 50_000_000).build();
            spans.add(call);
            spans.add(callee);
            traces.add(new Trace(t.traceId(), spans));
        }
        ServiceMap map = ServiceMapBuilder.build(traces, 0, Long.MAX_VALUE);
        assertThat(map.node("recs")).as("no inferred node when the callee traces itself").isNull();
        ServiceMap.Node recs = map.node("recs-service");
        assertThat(recs.inferred()).isFalse();
        assertThat(recs.root()).isFalse();
        assertThat(recs.stats().p50Ms()).isBetween(47.9, 48.1);
        ServiceMap.Edge e = map.edge(SyntheticRequest.SERVICE, "recs-service");
        assertThat(e.stats().count()).isEqualTo(60);
        assertThat(e.stats().p50Ms()).as("the edge shows the caller's view").isBetween(49.9, 50.1);
    }
}
