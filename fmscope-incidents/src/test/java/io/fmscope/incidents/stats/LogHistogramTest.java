package io.fmscope.incidents.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

    @Test
    void quantilesAreWithinOnePercentOfTheExactOnes() {
        SplittableRandom r = new SplittableRandom(1);
        double[] values = new double[20_000];
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < values.length; i++) {
            values[i] = 150 * Math.exp(0.6 * gaussian(r));
            h.add(values[i]);
        }
        Arrays.sort(values);
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
            double exact = values[(int) Math.ceil(q * values.length) - 1];
            assertThat(h.quantile(q)).as("q=%s", q).isCloseTo(exact, within(exact * 0.011));
        }
        assertThat(h.count()).isEqualTo(values.length);
    }

    @Test
    void subtractingWhatWasAddedRestoresTheHistogram() {
        LogHistogram a = new LogHistogram(), b = new LogHistogram();
        for (double v : new double[] {0, 0.001, 1, 5, 5, 80, 1e6}) a.add(v);
        for (double v : new double[] {3, 1e-5, 7e5}) b.add(v);
        LogHistogram sum = a.copy();
        sum.addAll(b);
        assertThat(sum.count()).isEqualTo(10);
        sum.subtract(b);
        assertThat(sum.count()).isEqualTo(a.count());
        for (double q : new double[] {0.1, 0.5, 0.9, 1}) assertThat(sum.quantile(q)).isEqualTo(a.quantile(q));
        assertThat(sum.countFrom(LogHistogram.indexOf(5))).isEqualTo(a.countFrom(LogHistogram.indexOf(5)));
    }

    @Test
    void countsOnEitherSideOfABucket() {
        LogHistogram h = new LogHistogram();
        for (int i = 1; i <= 100; i++) h.add(i);
        h.add(0);
        int edge = LogHistogram.indexOf(50);
        assertThat(h.countFrom(edge) + h.countBelow(edge)).isEqualTo(101);
        assertThat(h.countFrom(edge)).isEqualTo(51); // 50..100
        assertThat(h.countBelow(LogHistogram.indexOf(1))).isEqualTo(1); // the zero
        assertThat(LogHistogram.lowerBound(edge)).isLessThanOrEqualTo(50).isGreaterThan(50 / LogHistogram.GAMMA);
    }

    @Test
    void medianAbsoluteDeviationOfAKnownSample() {
        LogHistogram h = new LogHistogram();
        for (double v : new double[] {1, 2, 3, 4, 100}) h.add(v);
        // median 3, deviations 2,1,0,1,97 -> MAD 1 (within bucket precision)
        assertThat(h.medianAbsoluteDeviation()).isCloseTo(1, within(0.08));
        assertThat(new LogHistogram().quantile(0.5)).isNaN();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
