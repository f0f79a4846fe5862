package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.traces.SpanAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds throttle bursts per model and time bin (see {@link ThrottleReport}). */
public final class ThrottleAnalysis {
    static final int MIN_THROTTLES = 3;

    private ThrottleAnalysis() {
    }

    public static ThrottleReport analyze(Collection<Trace> traces, long fromNanos, long toNanos, Duration bin) {
        long width = Math.max(1, bin.toNanos());
        int n = (int) Math.max(1, Math.ceilDiv(toNanos - fromNanos, width));
        Map<String, long[][]> perKey = new TreeMap<>();
        for (Trace t : traces) {
            for (Span s : t.spans()) {
                // calls are counted at the caller, per model (else per node); an entry span counts only when it
                // throttled its own callers (e.g. a gateway answering 429), under its service
                boolean call = SpanRoles.isCall(s);
                String model = call ? SpanAttributes.model(s) : null;
                if (call ? model == null && !s.outcome().throttle() : !s.outcome().throttle() || !SpanRoles.isEntry(s)) continue;
                int i = (int) Math.floorDiv(s.startNanos() - fromNanos, width);
                if (i < 0 || i >= n) continue;
                String key = model != null ? model : call ? SpanRoles.target(s) : t.serviceOf(s);
                long[][] c = perKey.computeIfAbsent(key, k -> new long[2][n]);
                c[0][i]++;
                if (s.outcome().throttle()) c[1][i]++;
            }
        }
        List<ThrottleReport.Burst> bursts = new ArrayList<>();
        List<ThrottleReport.ModelTimeline> timelines = new ArrayList<>();
        perKey.forEach((key, c) -> {
            List<ThrottleReport.Bin> bins = new ArrayList<>();
            long calls = 0, throttles = 0;
            for (int i = 0; i < n; i++) {
                bins.add(new ThrottleReport.Bin(fromNanos + i * width, c[0][i], c[1][i]));
                calls += c[0][i];
                throttles += c[1][i];
            }
            timelines.add(new ThrottleReport.ModelTimeline(key, calls, throttles, bins));
            bursts.addAll(bursts(key, c, fromNanos, width));
        });
        bursts.sort(Comparator.comparingDouble(ThrottleReport.Burst::excessThrottles).reversed());
        timelines.sort(Comparator.comparingLong(ThrottleReport.ModelTimeline::throttles).reversed());
        return new ThrottleReport(fromNanos, toNanos, width, bursts, timelines);
    }

    private static List<ThrottleReport.Burst> bursts(String key, long[][] c, long from, long width) {
        int n = c[1].length;
        double[] thr = new double[n];
        for (int i = 0; i < n; i++) thr[i] = c[1][i];
        // counts are small and Poisson-like: the spread is at least the square root of the mean, so a few
        // scattered throttles in a quiet bin are not a burst
        double normal = Robust.median(thr);
        double mean = java.util.Arrays.stream(thr).average().orElse(0);
        double spread = Math.max(1.4826 * Robust.mad(thr, normal), Math.sqrt(Math.max(normal, mean)));
        double limit = normal + 4 * spread + 2;
        List<ThrottleReport.Burst> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (thr[i] <= limit) {
                i++;
                continue;
            }
            int j = i;
            long throttles = 0, calls = 0, peak = 0;
            while (j < n && thr[j] > limit) {
                throttles += c[1][j];
                calls += c[0][j];
                peak = Math.max(peak, c[1][j]);
                j++;
            }
            if (throttles >= MIN_THROTTLES) {
                out.add(new ThrottleReport.Burst(key, from + i * width, from + j * width, throttles, calls,
                        calls == 0 ? 0 : (double) throttles / calls, peak, normal, throttles - normal * (j - i)));
            }
            i = j;
        }
        return out;
    }
}
