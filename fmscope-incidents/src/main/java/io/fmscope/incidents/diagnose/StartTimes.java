package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.facts.Tally;
import io.fmscope.incidents.stats.RateTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * When a signal started to rise: the first 10-second bin of the analysed window from which three bins (30 s)
 * together are above the baseline rate at p < 0.001 and that bin on its own at p < 0.05. Pooling three bins
 * keeps a lone unlucky bin from counting as a start; testing the first bin on its own keeps a background event
 * just before the rise from placing the start a bin or two early. A signal with no such stretch gets the window's
 * end: it earns no credit for having started first.
 */
final class StartTimes {
    private static final int POOL = 3;
    private static final double ALPHA = 1e-3;
    private static final double FIRST_BIN_ALPHA = 0.05;

    private StartTimes() {}

    /**
     * @param events  events of the signal in a tally
     * @param records records the rate is a share of in a tally
     */
    static long start(Profile p, ToLongFunction<Tally> events, ToLongFunction<Tally> records) {
        long xb = events.applyAsLong(p.baseline), nb = records.applyAsLong(p.baseline);
        double baselineRate = (xb + 0.5) / (nb + 1.0);
        if (nb == 0) return p.window.to();
        List<Map.Entry<Long, Tally>> bins = new ArrayList<>(p.bins.entrySet());
        for (int i = 0; i < bins.size(); i++) {
            Tally first = bins.get(i).getValue();
            long n0 = records.applyAsLong(first), x0 = events.applyAsLong(first);
            if (n0 == 0 || x0 <= baselineRate * n0 || nb == 0
                    || RateTest.compare(x0, n0, xb, nb).pValue() >= FIRST_BIN_ALPHA) continue;
            long x = 0, n = 0;
            for (int j = i; j < Math.min(bins.size(), i + POOL); j++) {
                x += events.applyAsLong(bins.get(j).getValue());
                n += records.applyAsLong(bins.get(j).getValue());
            }
            if (RateTest.compare(x, n, xb, nb).pValue() < ALPHA) return bins.get(i).getKey();
        }
        return p.window.to(); // no clear start: no credit for starting first
    }
}
