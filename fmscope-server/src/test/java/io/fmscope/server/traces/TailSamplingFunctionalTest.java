package io.fmscope.server.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.spans.TracingServer;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With tail sampling on, PutTraceSegments (AWS SDK v2) goes through the sampler: a trace with a fault is stored
 * once decided, a healthy one is sampled out and never stored, and the report counts both before sampling.
 */
class TailSamplingFunctionalTest {
    @TempDir Path dir;

    private static String segment(TraceId trace, String id, double start, boolean fault) {
        return """
                {"name":"chatbot","id":"%s","trace_id":"%s","start_time":%s,"end_time":%s,"fault":%s,
                 "http":{"response":{"status":%d}}}""".formatted(id, trace.toXRay(), start, start + 0.25, fault,
                fault ? 500 : 200);
    }

    @Test void putTraceSegmentsIsSampledAndCounted() throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - {name: issues, priority: 1, match: {outcome: [fault]}, fixed_rate: 1.0}
                  - {name: rest, priority: 2, fixed_rate: 0.0}
                """);
        double now = System.currentTimeMillis() / 1000.0;
        SplittableRandom random = new SplittableRandom(7);
        TraceId faulty = TraceId.newXRay((long) now, random);
        TraceId healthy = TraceId.newXRay((long) now, random);
        try (TracingServer s = new TracingServer(new MemoryTraceStore(),
                TracingConfig.defaults().withTailSampling(true, rules))) {
            var put = s.xray.putTraceSegments(b -> b.traceSegmentDocuments(segment(faulty, "70de5b6f19ff9a0a", now,
                    true), segment(healthy, "70de5b6f19ff9a0b", now, false)));
            assertThat(put.unprocessedTraceSegments()).isEmpty();
            assertThat(s.server.traceStore().reader().trace(faulty)).isEmpty(); // buffered: not decided yet
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            JsonNode report = Json.MAPPER.readTree(s.get("/api/traces/sampling").body());
            // both traces decided, and the kept one handed to the store (after its decision is counted)
            while ((report.at("/sampler/tracesDecided").asLong() < 2
                    || s.xray.batchGetTraces(b -> b.traceIds(faulty.toXRay())).traces().isEmpty())
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
                report = Json.MAPPER.readTree(s.get("/api/traces/sampling").body());
            }
            assertThat(s.xray.batchGetTraces(b -> b.traceIds(faulty.toXRay())).traces()).hasSize(1);
            assertThat(report.at("/sampler/tracesKept").asLong()).isEqualTo(1);
            assertThat(report.at("/sampler/tracesSampledOut").asLong()).isEqualTo(1);
            assertThat(report.at("/services/chatbot/count").asLong()).as(report.toString()).isEqualTo(2);
            assertThat(report.at("/services/chatbot/faults").asLong()).isEqualTo(1);
            assertThat(s.xray.batchGetTraces(b -> b.traceIds(healthy.toXRay())).traces()).isEmpty();
            assertThat(s.server.traceStore().reader().spanCount()).isEqualTo(1);
        }
    }

    @Test void samplingIsOffByDefault() throws Exception {
        try (TracingServer s = new TracingServer()) {
            assertThat(s.server.tracing().tailSampling()).isEmpty();
            assertThat(s.get("/api/traces/sampling").statusCode()).isEqualTo(404);
        }
    }
}
