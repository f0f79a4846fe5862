package io.fmscope.incidents.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RateTestTest {

    @Test
    void aHigherRecentRateIsSignificantAndAnEqualOneIsNot() {
        RateComparison same = RateTest.compare(4, 360, 36, 3600);
        assertThat(same.pValue()).isGreaterThan(0.2);
        RateComparison higher = RateTest.compare(30, 360, 36, 3600);
        assertThat(higher.pValue()).isLessThan(1e-9);
        assertThat(higher.ratio()).isGreaterThan(8);
        assertThat(higher.excessEvents()).isGreaterThan(25);
    }

    @Test
    void aBaselineThatNeverSawTheEventStillNeedsSeveralEvents() {
        assertThat(RateTest.compare(1, 360, 0, 3600).pValue()).isGreaterThan(0.05);
        assertThat(RateTest.compare(8, 360, 0, 3600).pValue()).isLessThan(1e-6);
        assertThat(RateTest.compare(0, 360, 0, 3600).baselineRate()).isPositive();
    }

    @Test
    void falseAlarmRateUnderTheNullIsAtMostAlpha() {
        // Same true rate in both windows: the share of p-values below alpha must not exceed alpha (plus noise).
        SplittableRandom r = new SplittableRandom(7);
        int trials = 20_000, below = 0;
        for (int i = 0; i < trials; i++) {
            long x = poisson(r, 360 * 0.01), xb = poisson(r, 3600 * 0.01);
            if (RateTest.compare(Math.min(x, 360), 360, xb, 3600).pValue() < 0.01) below++;
        }
        assertThat((double) below / trials).isLessThan(0.012);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> RateTest.compare(5, 4, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long poisson(SplittableRandom r, double mean) {
        double l = Math.exp(-mean), p = 1;
        long k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
