package io.fmscope.traces.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Trace;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade reads its windows from a real (in-memory) trace store. */
class TraceAnalyticsTest {

    @Test void windowsComeFromTheStore() {
        try (MemoryTraceStore store = new MemoryTraceStore()) {
            List<Trace> traces = Scenario.traffic(51, 0, 60, 2000, (c, b) -> {
                Scenario.normal(c, b, Scenario.SONNET);
                if (c.minute() >= 50 && c.index() % 4 == 0) b.status(429);
            });
            traces.forEach(t -> store.writer().write(t.spans()));
            Clock clock = Clock.fixed(Instant.ofEpochSecond(0, Scenario.T0 + 60 * Scenario.MINUTE), ZoneOffset.UTC);
            TraceAnalytics a = new TraceAnalytics(store.reader(), clock, 100_000);
            ServiceMap last15 = a.serviceMap(Duration.ofMinutes(15));
            assertThat(last15.traces()).isEqualTo(15 * 30);
            assertThat(last15.node("APIGateway-WebSocket").stats().throttles()).isEqualTo(10 * 30 / 4 + (10 * 30 % 4 == 0 ? 0 : 1));
            ThrottleReport t = a.throttles(Duration.ofMinutes(60), Duration.ofMinutes(5));
            assertThat(t.models()).isNotEmpty();
            assertThat(a.hotspots(Duration.ofMinutes(15), Duration.ofMinutes(45), Duration.ofSeconds(3)).windowTraces()).isEqualTo(450);
            assertThat(a.retries(Duration.ofMinutes(15), Duration.ofMinutes(1)).requests()).isEqualTo(450);
            assertThat(a.coldStarts(Duration.ofMinutes(60), Duration.ofMinutes(5)).services()).hasSize(1);
        }
    }
}
