package io.fmscope.incidents;

/**
 * The numbers behind one signal at one evaluation: a rate in the short window against the baseline, the same in
 * the long window, and for metric signals the distribution that rate was counted from. Every signal is a rate:
 * for a metric it is the share of records beyond the baseline's tail threshold.
 *
 * @param signal             the signal id ({@code category:MODEL_THROTTLE}, {@code tail:opensearch_query_ms})
 * @param at                 evaluation time, epoch ms of the data clock (the windows end here)
 * @param count              events of the signal in the short window
 * @param population         records the rate is a share of in the short window
 * @param rate               {@code count / population}
 * @param baselineCount      events in the baseline
 * @param baselinePopulation records in the baseline
 * @param baselineRate       the baseline rate (with half an event of prior)
 * @param pValue             one-sided p-value of "the short-window rate is higher than the baseline's"
 * @param longRate           the rate in the long window
 * @param longPValue         the same test on the long window
 * @param recentBaselineRate the rate in the newest minute of the baseline
 * @param recentPValue       the short window tested against that minute (a fault is sudden; a drift is not)
 * @param distribution       for metric signals, the quantiles now and in the baseline; null for counts
 */
public record Observation(String signal, long at, long count, long population, double rate, long baselineCount,
                          long baselinePopulation, double baselineRate, double pValue, double longRate,
                          double longPValue, double recentBaselineRate, double recentPValue,
                          Distribution distribution) {

    public double ratio() {
        return rate / baselineRate;
    }

    public double excess() {
        return rate - baselineRate;
    }

    /**
     * Quantiles of a metric in the short window and the baseline, the tail threshold the rate counts beyond, and a
     * robust z-score of the median shift: {@code (median - baselineMedian) / (1.2533 * 1.4826 * MAD / sqrt(n))},
     * i.e. the shift in standard errors of a median estimated from n samples of the baseline's spread.
     */
    public record Distribution(String unit, double threshold, double p50, double p90, double p99,
                               double baselineP50, double baselineP90, double baselineP99, double robustZ) {}
}
