package io.fmscope.incidents.diagnose;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.incidents.facts.Component;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.stats.RateComparison;

/**
 * One departed signal and the cause it points at, before hypotheses are merged and ranked.
 *
 * @param key             the counted signal, or null for a metric
 * @param metric          the metric, or null for a count
 * @param pattern         the catalog entry it is evidence for (null when the catalog has none for its category)
 * @param category        the catalog category
 * @param component       where the fault lies
 * @param matchConfidence how well it matches the entry
 * @param rate            the analysed window against the baseline (for metrics: the tail rate)
 * @param threshold       for metrics, the baseline's tail threshold; NaN for counts
 * @param shareInKind     its part of its kind's excess (set by {@link Candidates})
 * @param startedAt       when it started to rise, epoch ms
 * @param summary         one line with its numbers
 */
record Draft(SignalKey key, Metric metric, Kind kind, ErrorPattern pattern, String category, Component component,
             double matchConfidence, RateComparison rate, double threshold, double shareInKind, long startedAt,
             String summary) {

    String signal() {
        return key != null ? key.toString() : "tail:" + metric.label();
    }

    Draft withShare(double share) {
        return new Draft(key, metric, kind, pattern, category, component, matchConfidence, rate, threshold, share,
                startedAt, summary);
    }
}
