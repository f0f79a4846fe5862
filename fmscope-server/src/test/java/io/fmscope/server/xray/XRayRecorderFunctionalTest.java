package io.fmscope.server.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.internal.UnsignedXrayClient;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.GetSamplingRulesRequest;
import com.amazonaws.xray.strategy.sampling.GetSamplingRulesResponse;
import com.amazonaws.xray.strategy.sampling.GetSamplingTargetsRequest;
import com.amazonaws.xray.strategy.sampling.SamplingRequest;
import com.amazonaws.xray.strategy.sampling.manifest.CentralizedManifest;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.spans.TracingServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AWS X-Ray recorder SDK for Java against fmscope's daemon: segments over UDP, sampling over TCP. */
class XRayRecorderFunctionalTest {
    private TracingServer server;

    @BeforeEach void start() {
        server = new TracingServer();
        // UnsignedXrayClient reads only this property (or the env var), so it is set before any client exists.
        System.setProperty(DaemonConfiguration.DAEMON_ADDRESS_SYSTEM_PROPERTY_KEY, "127.0.0.1:" + server.daemonPort());
    }

    @AfterEach void stop() {
        System.clearProperty(DaemonConfiguration.DAEMON_ADDRESS_SYSTEM_PROPERTY_KEY);
        server.close();
    }

    private AWSXRayRecorder recorder() throws Exception {
        DaemonConfiguration dc = new DaemonConfiguration();
        dc.setDaemonAddress("127.0.0.1:" + server.daemonPort());
        return AWSXRayRecorderBuilder.standard().withEmitter(Emitter.create(dc))
                .withSamplingStrategy(new AllSamplingStrategy()).build();
    }

    @Test void segmentsSentOverUdpAreStoredWithSubsegmentsAnnotationsAndMetadata() throws Exception {
        AWSXRayRecorder rec = recorder();
        Segment seg = rec.beginSegment("chatbot");
        seg.putAnnotation("session", "s-42");
        Subsegment bedrock = rec.beginSubsegment("Bedrock");
        bedrock.setNamespace("aws");
        bedrock.putAnnotation("model", "claude");
        bedrock.putMetadata("gen_ai", "input_tokens", 512);
        bedrock.setThrottle(true);
        bedrock.setError(true);
        rec.endSubsegment();
        Subsegment redis = rec.beginSubsegment("redis");
        redis.setNamespace("remote");
        rec.endSubsegment();
        rec.endSegment();

        TraceId id = TraceId.parse(seg.getTraceId().toString());
        Trace trace = await(id, 3);
        Span root = trace.root();
        assertThat(root.name()).isEqualTo("chatbot");
        assertThat(root.segment()).isTrue();
        assertThat(root.spanId().toHex()).isEqualTo(seg.getId());
        assertThat(root.annotations()).containsEntry("session", AttributeValue.of("s-42"));
        Span b = trace.spans().stream().filter(s -> s.name().equals("Bedrock")).findFirst().orElseThrow();
        assertThat(b.parentId()).isEqualTo(root.spanId());
        assertThat(b.namespace()).isEqualTo(Namespace.AWS);
        assertThat(b.outcome().throttle()).isTrue();
        assertThat(b.annotations()).containsEntry("model", AttributeValue.of("claude"));
        assertThat(b.metadata().get("gen_ai")).containsEntry("input_tokens", AttributeValue.of(512L));
        assertThat(trace.serviceOf(b)).isEqualTo("chatbot");
        assertThat(server.server.tracing().daemonStats().droppedTotal()).isZero();
    }

    @Test void largeSegmentsSplitBySdkIntoIndependentSubsegmentsAreMerged() throws Exception {
        AWSXRayRecorder rec = recorder();
        Segment seg = rec.beginSegment("big");
        String padding = "x".repeat(20_000);
        for (int i = 0; i < 5; i++) { // > 63 KiB in total: the SDK sends each subsegment on its own
            Subsegment sub = rec.beginSubsegment("part-" + i);
            sub.putMetadata("pad", "text", padding);
            rec.endSubsegment();
        }
        rec.endSegment();
        Trace trace = await(TraceId.parse(seg.getTraceId().toString()), 6);
        assertThat(trace.spans()).extracting(Span::name).contains("big", "part-0", "part-4");
        trace.spans().stream().filter(s -> s.name().startsWith("part-")).forEach(s -> {
            assertThat(s.parentId().toHex()).isEqualTo(seg.getId());
            assertThat(trace.serviceOf(s)).isEqualTo("big");
        });
    }

    @Test void sdkFetchesSamplingRulesAndTargetsOverTcp() {
        UnsignedXrayClient client = new UnsignedXrayClient();
        GetSamplingRulesResponse rules = client.getSamplingRules(GetSamplingRulesRequest.create(null));
        List<GetSamplingRulesResponse.SamplingRule> parsed = rules.getSamplingRuleRecords().stream()
                .map(GetSamplingRulesResponse.SamplingRuleRecord::getSamplingRule).toList();
        assertThat(parsed).extracting(GetSamplingRulesResponse.SamplingRule::getRuleName)
                .containsExactly("health-checks", "Default");

        CentralizedManifest manifest = new CentralizedManifest();
        Instant now = Instant.now();
        manifest.putRules(parsed, now);
        assertThat(manifest.size()).isEqualTo(2);
        var health = new SamplingRequest("role", null, "chatbot", "h", "GET", "/healthz", null, java.util.Map.of());
        var chat = new SamplingRequest("role", null, "chatbot", "h", "POST", "/chat", null, java.util.Map.of());
        assertThat(manifest.match(health, now)).isSameAs(manifest.getRules().get("health-checks"));
        assertThat(manifest.match(chat, now)).isSameAs(manifest.getDefaultRule());

        assertThat(manifest.match(chat, now).sample(now).isSampled()).isTrue(); // borrows from the reservoir
        var targets = client.getSamplingTargets(GetSamplingTargetsRequest.create(manifest.snapshots(now)));
        assertThat(targets.getDocuments()).isNotEmpty();
        var doc = targets.getDocuments().stream().filter(d -> d.getRuleName().equals("Default")).findFirst()
                .orElseThrow();
        assertThat(doc.getFixedRate()).isEqualTo(1.0);
        assertThat(doc.getReservoirQuota()).isEqualTo(1);
        assertThat(doc.getReservoirQuotaTtl()).isAfter(Date.from(now));
        manifest.putTargets(targets.getDocuments(), now);
    }

    private Trace await(TraceId id, int spans) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        Optional<Trace> t = Optional.empty();
        while (Instant.now().isBefore(until)) {
            t = server.server.traceStore().reader().trace(id);
            if (t.isPresent() && t.get().spans().size() >= spans) {
                return t.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("trace " + id + " not stored in time; have " + t.map(x -> x.spans().size())
                + "; daemon " + server.server.tracing().daemonStats());
    }
}
