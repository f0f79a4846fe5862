package io.fmscope.errors.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MannKendallTest {
    private static final double ALPHA = MannKendall.DEFAULT_ALPHA;

    @Test
    void aRisingNoisySeriesIsIncreasing() {
        long[] counts = Poisson.series(7, 12, i -> 2 + 1.5 * i);

        TrendResult r = MannKendall.test(counts, ALPHA);

        assertThat(r.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(r.s()).isPositive();
        assertThat(r.pValue()).isLessThan(ALPHA);
        assertThat(r.senSlope()).isPositive();
    }

    @Test
    void aFallingNoisySeriesIsDecreasing() {
        long[] counts = Poisson.series(11, 12, i -> 20 - 1.5 * i);

        TrendResult r = MannKendall.test(counts, ALPHA);

        assertThat(r.direction()).isEqualTo(TrendDirection.DECREASING);
        assertThat(r.s()).isNegative();
        assertThat(r.senSlope()).isNegative();
    }

    @Test
    void aFlatNoisyPoissonSeriesIsStable() {
        long[] counts = Poisson.series(42, 12, i -> 5);

        TrendResult r = MannKendall.test(counts, ALPHA);

        assertThat(r.direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(r.pValue()).isGreaterThanOrEqualTo(ALPHA);
    }

    @Test
    void falseAlarmRateOnFlatSeriesStaysNearAlphaAndPowerOnRealTrendsIsHigh() {
        int trials = 400;
        long falseAlarms = LongStream.range(0, trials)
                .filter(seed -> MannKendall.test(Poisson.series(seed, 12, i -> 5), ALPHA).direction() != TrendDirection.STABLE)
                .count();
        long detected = LongStream.range(0, trials)
                .filter(seed -> MannKendall.test(Poisson.series(seed, 12, i -> 3 + i), ALPHA).direction() == TrendDirection.INCREASING)
                .count();

        // The seed's halves rule (second half > 1.5 x first half) has no stated error rate; this test does.
        // Alternative: the rate climbs from 3 to 14 per bucket over 12 buckets.
        assertThat((double) falseAlarms / trials).isLessThanOrEqualTo(0.08);
        assertThat((double) detected / trials).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void statisticVarianceAndPValueMatchAHandComputation() {
        // S = 6 (all 6 pairs rise); Var = 4*3*13/18 = 8.667; Z = (6-1)/sqrt(8.667) = 1.698; p = 2(1-Phi(Z)) = 0.0894
        TrendResult r = MannKendall.test(new long[] {1, 2, 3, 4}, ALPHA);

        assertThat(r.s()).isEqualTo(6);
        assertThat(r.z()).isCloseTo(1.6984, within(1e-3));
        assertThat(r.pValue()).isCloseTo(0.0894, within(1e-3));
        assertThat(r.direction()).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void tiesReduceTheVariance() {
        // Two tie groups of size 2: (156 - 2 * 2*1*9) / 18 = 6.667
        assertThat(MannKendall.variance(new long[] {1, 1, 2, 2})).isCloseTo(6.6667, within(1e-3));
        assertThat(MannKendall.variance(new long[] {1, 2, 3, 4})).isCloseTo(8.6667, within(1e-3));
    }

    @Test
    void senSlopeIsTheMedianPairwiseSlope() {
        assertThat(MannKendall.senSlope(new long[] {1, 3, 5, 7})).isEqualTo(2.0);
        assertThat(MannKendall.senSlope(new long[] {0, 10, 0, 10, 0})).isEqualTo(0.0);
    }

    @Test
    void tooFewOrConstantBucketsGiveNoDecision() {
        assertThat(MannKendall.test(new long[] {1, 9, 30}, ALPHA)).satisfies(r -> {
            assertThat(r.direction()).isEqualTo(TrendDirection.STABLE);
            assertThat(r.pValue()).isEqualTo(1.0);
        });
        assertThat(MannKendall.test(new long[] {4, 4, 4, 4, 4, 4}, ALPHA).direction()).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void normalCdfIsAccurate() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Normal.cdf(-2.575829)).isCloseTo(0.005, within(1e-6));
    }
}
