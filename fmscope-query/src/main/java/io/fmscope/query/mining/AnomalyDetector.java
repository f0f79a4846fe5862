package io.fmscope.query.mining;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The five anomaly kinds of the reference for one pattern, each a statistical test on the mined lines of the
 * {@link Timeline}; a kind is reported when its p-value is below {@link Anomaly#ALPHA}. This class holds the two
 * that look at when the pattern's lines came; {@link TokenAnomalies} the three that look at their values.
 */
public final class AnomalyDetector {
    private final List<Line> lines;
    private final Timeline timeline;

    /** {@code lines}: every mined line in {@link Line#ORDER}. */
    public AnomalyDetector(List<Line> lines, Timeline timeline) {
        this.lines = lines;
        this.timeline = timeline;
    }

    /** The pattern's anomalies in the order the kinds are listed above. */
    public List<Anomaly> detect(MinedPattern p, TokenValues values) {
        List<Anomaly> out = new ArrayList<>();
        add(out, frequency(p));
        add(out, newPattern(p));
        TokenAnomalies tokens = new TokenAnomalies(p, values, lines, timeline);
        add(out, tokens.variation());
        add(out, tokens.numeric());
        add(out, tokens.httpErrors());
        return out;
    }

    private static void add(List<Anomaly> out, Anomaly a) {
        if (a != null && a.pValue() < Anomaly.ALPHA) out.add(a);
    }

    /**
     * PatternFrequency: the bin whose count is least likely if the pattern's n lines were spread over the span in
     * proportion to time (binomial, each bin with its share of the span; both tails), Bonferroni over 2 × bins tests.
     */
    Anomaly frequency(MinedPattern p) {
        int bins = timeline.bins();
        if (bins < 2) return null;
        long[] counts = new long[bins];
        for (int idx : p.lines()) counts[timeline.bin(lines.get(idx).time())]++;
        int n = p.count();
        double best = 1;
        int at = -1;
        for (int i = 0; i < bins; i++) {
            double share = timeline.binShare(i);
            double expected = n * share;
            double q = counts[i] > expected ? Stats.binomialAtLeast(counts[i], n, share)
                    : counts[i] < expected ? Stats.binomialAtMost(counts[i], n, share) : 1;
            if (q < best) {
                best = q;
                at = i;
            }
        }
        if (at < 0) return null;
        double pAdj = Math.min(1, best * 2 * bins);
        return Anomaly.of("PatternFrequency", pAdj, String.format(Locale.ROOT,
                "%d events from %s to %s where %.1f were expected (%d events spread over the span)", counts[at],
                time(timeline.binStart(at)), time(timeline.binStart(at + 1)), n * timeline.binShare(at), n));
    }

    /**
     * NewPattern: first seen in the recent part while earlier lines exist. If the pattern's n lines fell like all
     * lines, the chance that all of them land in the recent part is q^n, q being the recent part's share of lines.
     */
    Anomaly newPattern(MinedPattern p) {
        if (!timeline.recent(p.first()) || timeline.recentLines() >= timeline.lines()) return null;
        double q = timeline.recentLines() / (double) timeline.lines();
        double pv = Math.pow(q, p.count());
        return Anomaly.of("NewPattern", pv, String.format(Locale.ROOT,
                "first seen at %s, in the last quarter of the span (from %s) that holds %.1f%% of all events;"
                        + " %d events since", time(p.first()), time(timeline.recentStart()), 100 * q, p.count()));
    }

    static String time(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }
}
