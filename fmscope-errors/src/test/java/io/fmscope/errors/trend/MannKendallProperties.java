package io.fmscope.errors.trend;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

class MannKendallProperties {
    @Property
    void reversingASeriesNegatesTheStatisticAndKeepsThePValue(
            @ForAll @Size(min = 4, max = 40) List<@LongRange(min = 0, max = 50) Long> counts) {
        long[] forward = counts.stream().mapToLong(Long::longValue).toArray();
        long[] backward = new long[forward.length];
        for (int i = 0; i < forward.length; i++) backward[i] = forward[forward.length - 1 - i];

        TrendResult f = MannKendall.test(forward, 0.05);
        TrendResult b = MannKendall.test(backward, 0.05);

        assertThat(b.s()).isEqualTo(-f.s());
        assertThat(b.pValue()).isEqualTo(f.pValue());
    }

    @Property
    void pValueIsAProbabilityAndDecisionFollowsIt(
            @ForAll @Size(min = 0, max = 40) List<@LongRange(min = 0, max = 1000) Long> counts) {
        TrendResult r = MannKendall.test(counts.stream().mapToLong(Long::longValue).toArray(), 0.05);

        assertThat(r.pValue()).isBetween(0.0, 1.0);
        assertThat(r.direction() == TrendDirection.STABLE).isEqualTo(r.pValue() >= 0.05);
    }
}
