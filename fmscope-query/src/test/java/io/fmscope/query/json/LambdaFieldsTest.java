package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaFieldsTest {
    private static final String REPORT = "REPORT RequestId: 8f507cfc-1111-2222-3333-4444\tDuration: 2.18 ms\t"
            + "Billed Duration: 3 ms\tMemory Size: 128 MB\tMax Memory Used: 67 MB\tInit Duration: 151.26 ms\t\n"
            + "XRAY TraceId: 1-5e34a614-10bdd7b0b2a2ef4ec5a66a5e\tSegmentId: 6f8b4d2a3c2e1f0a\tSampled: true\t";

    @Test
    void reportLine() {
        Map<String, Value> f = LambdaFields.parse(REPORT);
        assertThat(f).containsExactly(
                Map.entry("@type", Value.of("REPORT")),
                Map.entry("@requestId", Value.of("8f507cfc-1111-2222-3333-4444")),
                Map.entry("@duration", Value.of(2.18)),
                Map.entry("@billedDuration", Value.of(3)),
                Map.entry("@memorySize", Value.of(128_000_000)),
                Map.entry("@maxMemoryUsed", Value.of(67_000_000)),
                Map.entry("@initDuration", Value.of(151.26)),
                Map.entry("@xrayTraceId", Value.of("1-5e34a614-10bdd7b0b2a2ef4ec5a66a5e")),
                Map.entry("@xraySegmentId", Value.of("6f8b4d2a3c2e1f0a")));
    }

    @Test
    void startAndEndLines() {
        assertThat(LambdaFields.parse("START RequestId: abc Version: $LATEST"))
                .containsExactly(Map.entry("@type", Value.of("START")), Map.entry("@requestId", Value.of("abc")));
        assertThat(LambdaFields.parse("END RequestId: abc")).containsEntry("@type", Value.of("END"));
        assertThat(LambdaFields.parse("REPORTING RequestId: x")).isEmpty();
        assertThat(LambdaFields.parse("{\"@type\":\"REPORT\"}")).isEmpty();
    }

    @Test
    void eventFieldsServeThemToQueries() {
        LogEvent e = LogEvent.of(1, REPORT, "s", "/aws/lambda/chat", "1");
        EventFields f = EventFields.of(List.of("@type", "@maxMemoryUsed", "@initDuration", "@logStream", "x"));
        assertThat(f.resolve(e)).containsExactly(Value.of("REPORT"), Value.of(67_000_000), Value.of(151.26),
                Value.of("s"), Value.NULL);
        LogEvent warm = LogEvent.of(1, REPORT.replace("Init Duration: 151.26 ms\t", ""), "s", "g", "2");
        assertThat(f.resolve(warm)[2].isNull()).isTrue();
        LogEvent json = LogEvent.of(1, "{\"@type\":\"x\",\"type\":\"y\"}", "s", "g", "3");
        assertThat(EventFields.of(List.of("@type", "@@type", "type")).resolve(json))
                .containsExactly(Value.NULL, Value.of("x"), Value.of("y"));
        assertThat(EventFields.all(e, DiscoveryOptions.DEFAULT)).containsKeys("@ptr", "@duration", "@xraySegmentId");
    }
}
