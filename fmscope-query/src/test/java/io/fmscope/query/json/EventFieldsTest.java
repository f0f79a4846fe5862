package io.fmscope.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFieldsTest {
    private static final LogEvent EVENT = new LogEvent(1_714_557_600_123L, 1_714_557_601_000L,
            "{\"level\":\"ERROR\",\"latency\":{\"ms\":250},\"@timestamp\":\"inner\"}", "stream-a", "/app/chat", "e-1");

    @Test
    void systemFields() {
        assertThat(SystemFields.get(EVENT, "@timestamp")).isEqualTo(Value.timestamp(1_714_557_600_123L));
        assertThat(SystemFields.get(EVENT, "@timestamp").asText()).isEqualTo("2024-05-01 10:00:00.123");
        assertThat(SystemFields.get(EVENT, "@ingestionTime")).isEqualTo(Value.timestamp(1_714_557_601_000L));
        assertThat(SystemFields.get(EVENT, "@message")).isEqualTo(Value.of(EVENT.message()));
        assertThat(SystemFields.get(EVENT, "@logStream")).isEqualTo(Value.of("stream-a"));
        assertThat(SystemFields.get(EVENT, "@log")).isEqualTo(Value.of("/app/chat"));
        assertThat(SystemFields.get(EVENT, "@ptr")).isEqualTo(Value.of("e-1"));
        assertThat(SystemFields.get(EVENT, "level").isNull()).isTrue();
        assertThat(SystemFields.isSystemField("@log")).isTrue();
        assertThat(SystemFields.isSystemField("@duration")).isFalse();
    }

    @Test
    void resolvesSystemAndDiscoveredFieldsTogether() {
        EventFields fields = EventFields.of(List.of("level", "@logStream", "latency.ms", "@@timestamp", "nope"));
        assertThat(fields.resolve(EVENT)).containsExactly(Value.of("ERROR"), Value.of("stream-a"), Value.of(250),
                Value.of("inner"), Value.NULL);
    }

    @Test
    void allFieldsForARecordView() {
        Map<String, Value> all = EventFields.all(EVENT, DiscoveryOptions.DEFAULT);
        assertThat(all.keySet()).containsExactly("@timestamp", "@message", "@logStream", "@log", "@ingestionTime",
                "@ptr", "level", "latency.ms", "@@timestamp");
    }

    @Test
    void plainTextEventsHaveOnlySystemFields() {
        LogEvent text = LogEvent.of(5, "GET /health status=200 latency=12", "s", "g", "1");
        assertThat(EventFields.all(text, DiscoveryOptions.DEFAULT)).hasSize(6);
        assertThat(EventFields.of(List.of("status", "@type")).resolve(text)).containsExactly(Value.NULL, Value.NULL);
    }
}
