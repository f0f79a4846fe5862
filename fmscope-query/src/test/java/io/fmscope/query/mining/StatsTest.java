package io.fmscope.query.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The tests' arithmetic against independent computations: binomial tails by exact summation of the probability
 * mass function, and reference values from scipy.stats 1.17.1 (norm.sf, binom.sf/cdf, mannwhitneyu with
 * method='asymptotic', use_continuity=True).
 */
class StatsTest {

    /** P(X ≥ k) by summing C(n, j) p^j (1−p)^(n−j) exactly in BigDecimal. */
    private static double tailBySum(int k, int n, double p) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal bp = new BigDecimal(p);
        BigDecimal bq = BigDecimal.ONE.subtract(bp);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal choose = BigDecimal.ONE; // C(n, 0)
        for (int j = 0; j <= n; j++) {
            if (j > 0) choose = choose.multiply(BigDecimal.valueOf(n - j + 1)).divide(BigDecimal.valueOf(j), mc);
            if (j >= k) sum = sum.add(choose.multiply(bp.pow(j, mc), mc).multiply(bq.pow(n - j, mc), mc), mc);
        }
        return sum.doubleValue();
    }

    @Property(tries = 300)
    void binomialTailsMatchExactSums(@ForAll @IntRange(min = 1, max = 120) int n, @ForAll @IntRange(max = 121) int k,
                                     @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double p) {
        double upper = tailBySum(k, n, p);
        assertThat(Stats.binomialAtLeast(k, n, p)).isCloseTo(upper, within(1e-12 + 1e-9 * upper));
        double lower = 1 - tailBySum(k + 1, n, p);
        if (lower > 1e-6) assertThat(Stats.binomialAtMost(k, n, p)).isCloseTo(lower, within(1e-9 * lower + 1e-12));
    }

    @Test
    void smallTailsKeepTheirPrecision() {
        assertThat(Stats.binomialAtLeast(12, 14, 0.5)).as("binom.sf(11, 14, .5)").isCloseTo(0.0064697265625, within(1e-15));
        assertThat(Stats.binomialAtMost(2, 100, 1 / 12.0)).isCloseTo(0.008486216106916652, within(1e-13));
        assertThat(Stats.binomialAtLeast(15, 1_000_000, 0.00001)).isCloseTo(0.08345743138797401, within(1e-10));
        double tiny = Stats.binomialAtLeast(40, 40, 0.1);
        assertThat(tiny / 1e-40).isCloseTo(1, within(1e-9));
    }

    @Test
    void normalTail() {
        assertThat(Stats.normalUpper(1.96)).isCloseTo(0.024997895148220435, within(1e-8));
        assertThat(Stats.normalUpper(3.0)).isCloseTo(0.0013498980316300933, within(1e-9));
        assertThat(Stats.normalUpper(-0.5)).isCloseTo(0.6914624612740131, within(1e-7));
        assertThat(Stats.normalUpper(6) / 9.865876450376946e-10).isCloseTo(1, within(1e-6));
    }

    @Test
    void mannWhitneyMatchesScipy() {
        double[] a = {12, 15, 11, 19, 22, 14, 18, 30, 25, 21};
        double[] b = {8, 9, 12, 10, 7, 11, 13, 6, 9, 10, 12, 8};
        assertThat(Stats.mannWhitney(a, b)).isCloseTo(0.0003587240258853598, within(1e-9));
        assertThat(Stats.mannWhitney(b, a)).isCloseTo(0.0003587240258853598, within(1e-9));
        assertThat(Stats.mannWhitney(new double[] {1, 2, 3, 4, 5}, new double[] {3, 4, 5, 6, 7, 8}))
                .isCloseTo(0.066015431521231, within(1e-8));
        assertThat(Stats.mannWhitney(new double[] {5, 5, 5}, new double[] {5, 5})).as("all tied").isEqualTo(1);
    }

    @Test
    void scoreIsALogScaleOfThePValue() {
        assertThat(Stats.score(0.01)).isEqualTo(0.2);
        assertThat(Stats.score(1e-10)).isEqualTo(1.0);
        assertThat(Stats.score(0)).isEqualTo(1.0);
        assertThat(Stats.score(1)).isEqualTo(0.0);
        assertThat(Stats.score(0.000316)).isEqualTo(0.35);
    }
}
