package io.fmscope.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TraceIdTest {

    @Test void xrayAndW3cRenderingsAreTheSameId() {
        TraceId x = TraceId.parse("1-5759e988-bd862e3fe1be46a994272793");
        TraceId w = TraceId.parse("5759E988BD862E3FE1BE46A994272793");
        assertThat(x).isEqualTo(w);
        assertThat(x.toXRay()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(x.toW3c()).isEqualTo("5759e988bd862e3fe1be46a994272793");
        assertThat(x.epochSeconds()).isEqualTo(0x5759e988L);
    }

    @Test void rejectsMalformedIds() {
        for (String bad : new String[] {null, "", "1-5759e988-bd862e3fe1be46a99427279", "2-5759e988-bd862e3fe1be46a994272793",
                "1-5759e988bbd862e3fe1be46a994272793", "zz59e988bd862e3fe1be46a994272793",
                "00000000000000000000000000000000", "1-00000000-000000000000000000000000"}) {
            assertThat(TraceId.tryParse(bad)).as(bad).isEmpty();
        }
        assertThatThrownBy(() -> TraceId.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void newXRayIdCarriesTheEpoch() {
        TraceId id = TraceId.newXRay(1_767_225_600L, new Random(1));
        assertThat(id.epochSeconds()).isEqualTo(1_767_225_600L);
        assertThat(id.toXRay()).startsWith("1-" + Long.toHexString(1_767_225_600L) + "-");
    }

    @Property void bothRenderingsAndBytesRoundTrip(@ForAll long high, @ForAll long low) {
        if (high == 0 && low == 0) {
            return;
        }
        TraceId id = new TraceId(high, low);
        assertThat(TraceId.parse(id.toXRay())).isEqualTo(id);
        assertThat(TraceId.parse(id.toW3c())).isEqualTo(id);
        assertThat(TraceId.fromBytes(id.toBytes())).isEqualTo(id);
        assertThat(id.toW3c()).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Property void spanIdRoundTrips(@ForAll long v) {
        if (v == 0) {
            return;
        }
        SpanId id = new SpanId(v);
        assertThat(SpanId.parse(id.toHex())).isEqualTo(id);
        assertThat(SpanId.fromBytes(id.toBytes())).isEqualTo(id);
        assertThat(id.toHex()).matches("[0-9a-f]{16}");
    }

    @Test void spanIdRejectsBadText() {
        assertThat(SpanId.tryParse("53995c3f42cd8ad")).isEmpty();
        assertThat(SpanId.tryParse("0000000000000000")).isEmpty();
        assertThat(SpanId.tryParse("53995c3f42cd8adg")).isEmpty();
        assertThat(SpanId.parse("53995C3F42CD8AD8").toHex()).isEqualTo("53995c3f42cd8ad8");
    }
}
