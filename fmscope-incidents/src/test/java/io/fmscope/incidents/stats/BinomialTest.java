package io.fmscope.incidents.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialTest {

    @Test
    void upperTailEqualsTheSumOfTheMassFunction() {
        long[][] cases = {{0, 10}, {1, 10}, {3, 10}, {10, 10}, {5, 100}, {40, 100}, {0, 1}, {1, 1}, {7, 2000}, {150, 2000}};
        double[] ps = {1e-4, 0.003, 0.05, 0.3, 0.5, 0.9};
        for (long[] c : cases) {
            for (double p : ps) {
                double sum = 0;
                for (long k = c[0]; k <= c[1]; k++) sum += Binomial.pmf(k, c[1], p);
                assertThat(Binomial.upperTail(c[0], c[1], p)).as("k=%d n=%d p=%s", c[0], c[1], p)
                        .isCloseTo(Math.min(1, sum), within(1e-9 + 1e-7 * sum));
            }
        }
    }

    @Test
    void edges() {
        assertThat(Binomial.upperTail(0, 5, 0.2)).isEqualTo(1);
        assertThat(Binomial.upperTail(6, 5, 0.2)).isZero();
        assertThat(Binomial.upperTail(1, 5, 0)).isZero();
        assertThat(Binomial.upperTail(5, 5, 1)).isEqualTo(1);
    }

    @Test
    void tinyTailsStayAccurateWhereSubtractionFromOneWouldNot() {
        // P(X >= 50 | n = 100, p = 0.05): far in the tail, about 1.7e-24 (sum of the mass function).
        double sum = 0;
        for (long k = 50; k <= 100; k++) sum += Binomial.pmf(k, 100, 0.05);
        assertThat(Binomial.upperTail(50, 100, 0.05)).isCloseTo(sum, within(sum * 1e-6));
        assertThat(sum).isLessThan(1e-20);
    }

    @Test
    void logGammaMatchesFactorials() {
        double f = 1;
        for (int n = 1; n < 30; n++) {
            f *= n;
            assertThat(SpecialFunctions.logGamma(n + 1)).isCloseTo(Math.log(f), within(1e-10 * Math.max(1, Math.log(f))));
        }
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }
}
