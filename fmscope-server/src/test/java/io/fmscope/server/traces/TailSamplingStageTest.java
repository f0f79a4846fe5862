package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.sampling.SamplerConfig;
import io.fmscope.traces.sampling.SamplingRules;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TailSamplingStageTest {

    @Test void decidesOnItsOwnTicksAndReportsEverything() throws Exception {
        List<Span> stored = new ArrayList<>();
        SamplerConfig config = SamplerConfig.defaults().withShards(2).withCompleteGrace(Duration.ofMillis(50));
        SplittableRandom r = new SplittableRandom(3);
        long now = System.currentTimeMillis() * 1_000_000L;
        try (TailSamplingStage stage = new TailSamplingStage(SamplingRules.defaults(), config,
                spans -> { synchronized (stored) { stored.addAll(spans); } }, Clock.systemUTC())) {
            for (int i = 0; i < 200; i++) {
                var b = SyntheticRequest.of(TraceId.newXRay(now / 1_000_000_000L, r), now).cache(1)
                        .model("anthropic.claude-3-haiku", 700, 100, 50, 0.0001);
                if (i % 10 == 0) b.status(500);
                stage.accept(b.build());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (stage.sampler().stats().tracesDecided() < 200 && System.nanoTime() < deadline) Thread.sleep(20);
            // The sampler counts a decision before its tick hands the kept spans to the sink (outside the shard
            // locks); closing waits for the ticker to finish, so every decided trace's spans have arrived.
            stage.close();
            SamplingReport rep = stage.report();
            assertThat(rep.sampler().tracesDecided()).isEqualTo(200);
            assertThat(rep.sampler().rules().getFirst().kept()).isEqualTo(20);
            assertThat(rep.traces()).isEqualTo(200);
            assertThat(rep.models().get("anthropic.claude-3-haiku").calls()).isEqualTo(200);
            assertThat(rep.services().get(SyntheticRequest.SERVICE).count()).isEqualTo(200);
            synchronized (stored) {
                assertThat(stored.stream().map(Span::traceId).distinct().count()).isEqualTo(rep.sampler().tracesKept());
            }
            JsonNode json = AnalyticsJson.MAPPER.readTree(AnalyticsJson.MAPPER.writeValueAsBytes(rep));
            assertThat(json.get("sampler").get("tracesSampledOut").asLong()).isEqualTo(rep.sampler().tracesSampledOut());
            assertThat(json.get("models").get("anthropic.claude-3-haiku").get("costUsd").asDouble()).isEqualTo(0.02);
        }
    }
}
