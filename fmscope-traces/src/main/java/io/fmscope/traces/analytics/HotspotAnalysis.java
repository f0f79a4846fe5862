package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Latency hotspots: self time per component ({@link SelfTime}) averaged over the window's slow traces and over
 * a baseline (an earlier window; the window's fast traces when that is empty), ranked by the difference.
 * The component that grew is the cause, not the one that is always big (the model call usually is).
 */
public final class HotspotAnalysis {
    private HotspotAnalysis() {
    }

    public static Hotspots analyze(Collection<Trace> window, Collection<Trace> baseline, Duration slowThreshold) {
        long threshold = slowThreshold.toNanos();
        List<Trace> slow = new ArrayList<>();
        for (Trace t : window) if (SelfTime.responseNanos(t) >= threshold) slow.add(t);
        if (slow.isEmpty() && !window.isEmpty()) {
            long[] d = window.stream().mapToLong(SelfTime::responseNanos).sorted().toArray();
            threshold = d[(int) Math.min(d.length - 1, Math.floor(d.length * 0.9))];
            for (Trace t : window) if (SelfTime.responseNanos(t) >= threshold) slow.add(t);
        }
        boolean fromWindow = baseline.isEmpty();
        List<Trace> base = new ArrayList<>();
        if (fromWindow) {
            Set<Trace> slowSet = new HashSet<>(slow);
            for (Trace t : window) if (!slowSet.contains(t)) base.add(t);
        } else {
            base.addAll(baseline);
        }
        Map<String, Double> slowMean = meanSelf(slow);
        Map<String, Double> baseMean = meanSelf(base);
        double slowResponse = slow.stream().mapToLong(SelfTime::responseNanos).average().orElse(0) / 1e6;
        Set<String> components = new HashSet<>(slowMean.keySet());
        components.addAll(baseMean.keySet());
        List<Hotspots.Hotspot> ranked = new ArrayList<>();
        for (String c : components) {
            double s = slowMean.getOrDefault(c, 0.0);
            double b = baseMean.getOrDefault(c, 0.0);
            ranked.add(new Hotspots.Hotspot(c, s, b, s - b, slowResponse == 0 ? 0 : s / slowResponse));
        }
        ranked.sort(Comparator.comparingDouble(Hotspots.Hotspot::excessMs).reversed()
                .thenComparing(Hotspots.Hotspot::component));
        return new Hotspots(threshold / 1e6, window.size(), slow.size(), base.size(), fromWindow, ranked);
    }

    private static Map<String, Double> meanSelf(List<Trace> traces) {
        Map<String, Double> sum = new HashMap<>();
        for (Trace t : traces) SelfTime.byComponent(t).forEach((k, v) -> sum.merge(k, v / 1e6, Double::sum));
        sum.replaceAll((k, v) -> v / traces.size());
        return sum;
    }
}
