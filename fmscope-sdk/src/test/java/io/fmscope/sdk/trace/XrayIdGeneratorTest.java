package io.fmscope.sdk.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XrayIdGeneratorTest {
    @Test void traceIdsStartWithTheEpochSecondAndAreDistinct() {
        XrayIdGenerator ids = new XrayIdGenerator(() -> 0x5759e988L);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = ids.generateTraceId();
            assertThat(id).hasSize(32).startsWith("5759e988").matches("[0-9a-f]{32}");
            assertThat(seen.add(id)).isTrue();
            assertThat(ids.generateSpanId()).hasSize(16).isNotEqualTo("0000000000000000");
        }
        assertThat(FmTracer.toXray(ids.generateTraceId())).matches("1-5759e988-[0-9a-f]{24}");
    }
}
