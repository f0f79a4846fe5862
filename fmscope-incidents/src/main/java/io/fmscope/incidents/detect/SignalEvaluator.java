package io.fmscope.incidents.detect;

import io.fmscope.incidents.Observation;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.facts.Tally;
import io.fmscope.incidents.stats.LogHistogram;
import io.fmscope.incidents.stats.RateComparison;
import io.fmscope.incidents.stats.RateTest;
import io.fmscope.incidents.stats.TailTest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * Tests every signal with data in the short window (and every signal already departed) against the baseline.
 * A signal departs when the short window's rate is significantly higher ({@link RateTest}, p below
 * {@code alphaOpen}), the rise is large enough (absolute and relative), there are enough events, and the long
 * window confirms it (p below {@code alphaConfirm}): the multi-window rule of burn-rate alerting, with a
 * significance test in place of a fixed burn-rate threshold because the baseline rate is learned, not an SLO.
 */
final class SignalEvaluator {
    private final DetectorConfig config;
    private final LongUnaryOperator templateIds;

    /** {@code templateIds} maps a template id to the id it was merged into (identity when never merged). */
    SignalEvaluator(DetectorConfig config, LongUnaryOperator templateIds) {
        this.config = config;
        this.templateIds = templateIds;
    }

    List<Evaluated> evaluate(Timeline t, Collection<Signal> active) {
        Counts s = new Counts(t.shortWindow()), l = new Counts(t.longWindow()), b = new Counts(t.baseline());
        Set<Signal> candidates = new LinkedHashSet<>();
        for (SignalKey k : s.keys()) candidates.add(new Signal.Count(k));
        for (Metric m : Metric.values()) if (t.shortWindow().histogram(m).count() > 0) candidates.add(new Signal.Tail(m));
        candidates.addAll(active);
        List<Evaluated> out = new ArrayList<>(candidates.size());
        for (Signal sig : candidates) {
            out.add(switch (sig) {
                case Signal.Count c -> count(t, c, s, l, b);
                case Signal.Tail tail -> tail(t, tail);
            });
        }
        return out;
    }

    private Evaluated count(Timeline t, Signal.Count sig, Counts s, Counts l, Counts b) {
        var pop = sig.key().family().population();
        long n = t.shortWindow().population(pop), nb = t.baseline().population(pop);
        if (n == 0 || nb < config.minBaseline()) return new Evaluated(sig, Verdict.NO_DATA, null);
        RateComparison now = RateTest.compare(s.get(sig.key()), n, b.get(sig.key()), nb);
        RateComparison longer = RateTest.compare(l.get(sig.key()), t.longWindow().population(pop), b.get(sig.key()), nb);
        Observation o = observation(sig, t.now(), now, longer, null);
        return new Evaluated(sig, verdict(now, longer, true, true), o);
    }

    private Evaluated tail(Timeline t, Signal.Tail sig) {
        Metric m = sig.metric();
        LogHistogram hs = t.shortWindow().histogram(m), hl = t.longWindow().histogram(m), hb = t.baseline().histogram(m);
        if (hs.count() == 0 || hb.count() < config.minBaseline()) return new Evaluated(sig, Verdict.NO_DATA, null);
        TailTest.Result now = TailTest.compare(hs, hb, m.worseUp(), config.tailQuantile());
        TailTest.Result longer = TailTest.compare(hl, hb, m.worseUp(), config.tailQuantile());
        var d = new Observation.Distribution(m.unit(), now.threshold(), hs.quantile(0.5), hs.quantile(0.9),
                hs.quantile(0.99), hb.quantile(0.5), hb.quantile(0.9), hb.quantile(0.99), TailTest.robustZ(hs, hb));
        Observation o = observation(sig, t.now(), now.rate(), longer.rate(), d);
        return new Evaluated(sig, verdict(now.rate(), longer.rate(), now.shift() >= m.minDelta(),
                now.shift() >= m.minDelta() / 2), o);
    }

    private Verdict verdict(RateComparison now, RateComparison longer, boolean bigShift, boolean someShift) {
        if (bigShift && config.largeEnough(now) && now.x() >= config.minEvents() && now.pValue() < config.alphaOpen()
                && longer.pValue() < config.alphaConfirm() && longer.rate() > now.baselineRate()) return Verdict.DEPARTED;
        if (someShift && now.pValue() < config.alphaClear() && now.excess() >= config.minExcess() / 2)
            return Verdict.ELEVATED;
        return Verdict.CLEAR;
    }

    private static Observation observation(Signal sig, long at, RateComparison now, RateComparison longer,
                                           Observation.Distribution d) {
        return new Observation(sig.id(), at, now.x(), now.n(), now.rate(), now.xb(), now.nb(), now.baselineRate(),
                now.pValue(), longer.rate(), longer.pValue(), d);
    }

    /** A window's counts with merged template ids folded together. */
    private final class Counts {
        private final Map<SignalKey, Long> counts;

        Counts(Tally tally) {
            Map<SignalKey, Long> raw = tally.counts();
            Map<SignalKey, Long> folded = null;
            for (var e : raw.entrySet()) {
                SignalKey k = e.getKey();
                if (k.family() != Family.TEMPLATE) continue;
                long id = Long.parseLong(k.name());
                long root = templateIds.applyAsLong(id);
                if (root == id) continue;
                if (folded == null) folded = new HashMap<>(raw);
                folded.merge(k, -e.getValue(), Long::sum);
                folded.merge(SignalKey.of(Family.TEMPLATE, Long.toString(root)), e.getValue(), Long::sum);
            }
            if (folded != null) folded.values().removeIf(v -> v == 0);
            this.counts = folded == null ? raw : folded;
        }

        Set<SignalKey> keys() {
            return counts.keySet();
        }

        long get(SignalKey k) {
            return counts.getOrDefault(k, 0L);
        }
    }
}
