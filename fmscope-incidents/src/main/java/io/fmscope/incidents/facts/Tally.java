package io.fmscope.incidents.facts;

import io.fmscope.incidents.stats.LogHistogram;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts and distributions of a stretch of time: records per population, events per signal key, a histogram per
 * metric. A time bucket is a tally; so is every window, kept as a running sum of buckets (added as they enter,
 * subtracted as they leave) so sliding costs one bucket, not a window. Not thread-safe.
 */
public final class Tally {
    private static final Metric[] METRICS = Metric.values();
    private final long[] populations = new long[Population.values().length];
    private final Map<SignalKey, Long> counts = new HashMap<>();
    private final LogHistogram[] histograms = new LogHistogram[METRICS.length];

    public void add(EventFacts f) {
        if (!f.counted()) return;
        populations[f.population().ordinal()]++;
        for (SignalKey k : f.keys()) counts.merge(k, 1L, Long::sum);
        for (Metric m : METRICS) {
            double v = f.metric(m);
            if (!Double.isNaN(v)) histogram(m).add(v);
        }
    }

    public void add(Tally t) {
        merge(t, 1);
    }

    public void subtract(Tally t) {
        merge(t, -1);
    }

    private void merge(Tally t, int sign) {
        for (int i = 0; i < populations.length; i++) populations[i] += sign * t.populations[i];
        for (var e : t.counts.entrySet()) {
            long v = counts.getOrDefault(e.getKey(), 0L) + sign * e.getValue();
            if (v == 0) counts.remove(e.getKey());
            else counts.put(e.getKey(), v);
        }
        for (int i = 0; i < histograms.length; i++) {
            if (t.histograms[i] == null) continue;
            if (sign > 0) histogram(METRICS[i]).addAll(t.histograms[i]);
            else histogram(METRICS[i]).subtract(t.histograms[i]);
        }
    }

    public long population(Population p) {
        return populations[p.ordinal()];
    }

    public long total() {
        long n = 0;
        for (long p : populations) n += p;
        return n;
    }

    public long count(SignalKey k) {
        return counts.getOrDefault(k, 0L);
    }

    /** Live view of the counts by key (never holds zeros). */
    public Map<SignalKey, Long> counts() {
        return counts;
    }

    /** The metric's histogram (created empty on first use). */
    public LogHistogram histogram(Metric m) {
        LogHistogram h = histograms[m.ordinal()];
        if (h == null) histograms[m.ordinal()] = h = new LogHistogram();
        return h;
    }

    public Tally copy() {
        Tally t = new Tally();
        t.add(this);
        return t;
    }
}
