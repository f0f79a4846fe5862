package io.fmscope.traces.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.TraceId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConsistentHashTest {

    @Test void positionsAreUniformForXrayAndRandomIds() {
        SplittableRandom r = new SplittableRandom(42);
        int n = 200_000;
        int[] deciles = new int[10];
        for (int i = 0; i < n; i++) {
            // half X-Ray ids sharing a few epoch seconds (low entropy in the top bits), half random W3C ids
            TraceId id = i % 2 == 0 ? TraceId.newXRay(1_780_000_000L + i / 10_000, r) : new TraceId(r.nextLong(), r.nextLong() | 1);
            double p = ConsistentHash.position(id);
            assertThat(p).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            deciles[(int) (p * 10)]++;
        }
        double expected = n / 10.0;
        double sigma = Math.sqrt(n * 0.1 * 0.9);
        for (int d : deciles) assertThat((double) d).isBetween(expected - 5 * sigma, expected + 5 * sigma);
    }

    @Test void decisionsAreDeterministicAndNested() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            TraceId id = new TraceId(r.nextLong(), r.nextLong() | 1);
            TraceId same = TraceId.parse(id.toXRay());
            assertThat(ConsistentHash.position(same)).isEqualTo(ConsistentHash.position(id));
            if (ConsistentHash.keep(id, 0.01)) assertThat(ConsistentHash.keep(id, 0.5)).isTrue();
            assertThat(ConsistentHash.keep(id, 1.0)).isTrue();
            assertThat(ConsistentHash.keep(id, 0.0)).isFalse();
        }
    }
}
