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
import java.util.function.Predicate;

/**
 * Tests every signal with data in the short window (and every signal already departed) against the baseline.
 * A signal departs when the short window's rate is significantly higher ({@link RateTest}, p below
 * {@code alphaOpen}) than both the baseline and its newest minute, the rise is large enough (absolute and
 * relative), there are enough events, and the long window confirms it (p below {@code alphaConfirm}): the
 * multi-window rule of burn-rate alerting, with a significance test in place of a fixed burn-rate threshold
 * because the baseline rate is learned, not an SLO. Testing against the newest minute too keeps a slow drift
 * (a service warming up) from counting as a fault: faults are sudden.
 */
final class SignalEvaluator {
    private final DetectorConfig config;
    private final LongUnaryOperator templateIds;
    private final long minSpanBuckets;

    /** {@code templateIds} maps a template id to the id it was merged into (identity when never merged). */
    SignalEvaluator(DetectorConfig config, LongUnaryOperator templateIds) {
        this.config = config;
        this.templateIds = templateIds;
        this.minSpanBuckets = config.minBaselineSpan().toMillis() / config.stepMillis();
    }

    /** {@code clean} says which signals are judged against the baseline without incidents (those of incidents). */
    List<Evaluated> evaluate(Timeline t, Collection<Signal> active, Predicate<String> clean) {
        Counts s = new Counts(t.shortWindow()), l = new Counts(t.longWindow());
        Baselines full = new Baselines(t.baseline(false)), withoutIncidents = new Baselines(t.baseline(true));
        Set<Signal> candidates = new LinkedHashSet<>();
        for (SignalKey k : s.keys()) candidates.add(new Signal.Count(k));
        for (Metric m : Metric.values()) if (t.shortWindow().histogram(m).count() > 0) candidates.add(new Signal.Tail(m));
        candidates.addAll(active);
        List<Evaluated> out = new ArrayList<>(candidates.size());
        for (Signal sig : candidates) {
            Baselines b = clean.test(sig.id()) ? withoutIncidents : full;
            out.add(switch (sig) {
                case Signal.Count c -> count(t, c, s, l, b);
                case Signal.Tail tail -> tail(t, tail, b.baseline);
            });
        }
        return out;
    }

    private Evaluated count(Timeline t, Signal.Count sig, Counts s, Counts l, Baselines b) {
        var pop = sig.key().family().population();
        long n = t.shortWindow().population(pop);
        long nb = b.baseline.all().population(pop), nr = b.baseline.recent().population(pop);
        if (n == 0 || !warm(b.baseline, nb, nr)) return new Evaluated(sig, Verdict.NO_DATA, null);
        SignalKey k = sig.key();
        RateComparison now = RateTest.compare(s.get(k), n, b.all.get(k), nb);
        RateComparison longer = RateTest.compare(l.get(k), t.longWindow().population(pop), b.all.get(k), nb);
        RateComparison recent = RateTest.compare(s.get(k), n, b.recent.get(k), nr);
        Observation o = observation(sig, t.now(), now, longer, recent, null);
        return new Evaluated(sig, verdict(now, longer, recent, true, true), o);
    }

    private Evaluated tail(Timeline t, Signal.Tail sig, Baseline baseline) {
        Metric m = sig.metric();
        LogHistogram hs = t.shortWindow().histogram(m), hl = t.longWindow().histogram(m);
        LogHistogram hb = baseline.all().histogram(m), hr = baseline.recent().histogram(m);
        if (hs.count() == 0 || !warm(baseline, hb.count(), hr.count())) return new Evaluated(sig, Verdict.NO_DATA, null);
        TailTest.Result now = TailTest.compare(hs, hb, m.worseUp(), config.tailQuantile());
        TailTest.Result longer = TailTest.compare(hl, hb, m.worseUp(), config.tailQuantile());
        TailTest.Result recent = TailTest.compare(hs, hr, m.worseUp(), config.tailQuantile());
        var d = new Observation.Distribution(m.unit(), now.threshold(), hs.quantile(0.5), hs.quantile(0.9),
                hs.quantile(0.99), hb.quantile(0.5), hb.quantile(0.9), hb.quantile(0.99), TailTest.robustZ(hs, hb));
        Observation o = observation(sig, t.now(), now.rate(), longer.rate(), recent.rate(), d);
        boolean bigShift = now.shift() >= m.minDelta() && recent.shift() >= m.minDelta();
        return new Evaluated(sig, verdict(now.rate(), longer.rate(), recent.rate(), bigShift,
                now.shift() >= m.minDelta() / 2), o);
    }

    /** Enough history to test against: the minimum span of baseline, and records in both baselines. */
    private boolean warm(Baseline b, long baselineRecords, long recentRecords) {
        return b.buckets() >= minSpanBuckets && baselineRecords >= config.minBaseline()
                && recentRecords >= config.minBaseline();
    }

    /** A baseline's two sums with merged template ids folded. */
    private final class Baselines {
        final Baseline baseline;
        final Counts all;
        final Counts recent;

        Baselines(Baseline b) {
            this.baseline = b;
            this.all = new Counts(b.all());
            this.recent = new Counts(b.recent());
        }
    }

    private Verdict verdict(RateComparison now, RateComparison longer, RateComparison recent, boolean bigShift,
                            boolean someShift) {
        if (bigShift && config.largeEnough(now) && config.largeEnough(recent) && now.x() >= config.minEvents()
                && now.pValue() < config.alphaOpen() && recent.pValue() < config.alphaOpen()
                && longer.pValue() < config.alphaConfirm() && longer.rate() > now.baselineRate()) return Verdict.DEPARTED;
        if (someShift && now.pValue() < config.alphaClear() && now.excess() >= config.minExcess() / 2)
            return Verdict.ELEVATED;
        return Verdict.CLEAR;
    }

    private static Observation observation(Signal sig, long at, RateComparison now, RateComparison longer,
                                           RateComparison recent, Observation.Distribution d) {
        return new Observation(sig.id(), at, now.x(), now.n(), now.rate(), now.xb(), now.nb(), now.baselineRate(),
                now.pValue(), longer.rate(), longer.pValue(), recent.baselineRate(), recent.pValue(), d);
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
