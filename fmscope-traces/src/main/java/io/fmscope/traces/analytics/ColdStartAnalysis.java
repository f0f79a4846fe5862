package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds cold starts (see {@link ColdStartReport}). Nothing is known about what ran before the window, so the
 * first request of the service is never cold, and instances first seen within one quiet gap of it are taken
 * to be already running rather than new.
 */
public final class ColdStartAnalysis {
    static final double SLOWER_FACTOR = 1.25;

    private ColdStartAnalysis() {
    }

    private record Entry(Trace trace, Span span, String instance, boolean declared) {
    }

    public static ColdStartReport analyze(Collection<Trace> traces, Duration quietGap) {
        long gap = quietGap.toNanos();
        Map<String, List<Entry>> byService = new HashMap<>();
        for (Trace t : traces) {
            for (Span s : t.spans()) {
                if (s.inProgress() || !SpanRoles.isEntry(s)) continue;
                boolean init = t.children(s.spanId()).stream().anyMatch(c -> c.name().equalsIgnoreCase("Initialization"));
                byService.computeIfAbsent(t.serviceOf(s), k -> new ArrayList<>())
                        .add(new Entry(t, s, Instances.of(s), init || Instances.declaredCold(s)));
            }
        }
        List<ColdStartReport.ServiceColdStarts> out = new ArrayList<>();
        byService.forEach((svc, entries) -> out.add(service(svc, entries, gap)));
        out.sort(Comparator.comparing((ColdStartReport.ServiceColdStarts s) -> !s.slower())
                .thenComparing(Comparator.comparingDouble((ColdStartReport.ServiceColdStarts s) ->
                        s.extraMsPerColdStart() * s.coldCount()).reversed())
                .thenComparing(ColdStartReport.ServiceColdStarts::service));
        return new ColdStartReport(gap, out);
    }

    private static ColdStartReport.ServiceColdStarts service(String svc, List<Entry> entries, long gap) {
        entries.sort(Comparator.comparingLong(e -> e.span().startNanos()));
        Map<String, Long> lastEnd = new HashMap<>();
        List<ColdStartReport.ColdRequest> cold = new ArrayList<>();
        List<Double> coldMs = new ArrayList<>();
        List<Double> warmMs = new ArrayList<>();
        long serviceFirst = entries.isEmpty() ? 0 : entries.getFirst().span().startNanos();
        for (Entry e : entries) {
            Span s = e.span();
            Long prev = lastEnd.get(e.instance());
            ColdStartReport.Reason reason = null;
            double gapSeconds = prev == null ? -1 : (s.startNanos() - prev) / 1e9;
            if (e.declared()) reason = ColdStartReport.Reason.DECLARED;
            else if (prev == null && !e.instance().isEmpty() && s.startNanos() - serviceFirst >= gap) {
                reason = ColdStartReport.Reason.NEW_INSTANCE;
            }
            else if (prev != null && s.startNanos() - prev >= gap) reason = ColdStartReport.Reason.AFTER_QUIET;
            double ms = s.durationNanos() / 1e6;
            if (reason != null) {
                cold.add(new ColdStartReport.ColdRequest(e.trace().traceId(), e.instance(), s.startNanos(), ms, reason, gapSeconds));
                coldMs.add(ms);
            } else {
                warmMs.add(ms);
            }
            lastEnd.merge(e.instance(), s.endNanos(), Math::max);
        }
        double c = Robust.median(coldMs.stream().mapToDouble(Double::doubleValue).toArray());
        double w = Robust.median(warmMs.stream().mapToDouble(Double::doubleValue).toArray());
        boolean slower = !coldMs.isEmpty() && !warmMs.isEmpty() && c >= w * SLOWER_FACTOR;
        return new ColdStartReport.ServiceColdStarts(svc, coldMs.size(), warmMs.size(), c, w,
                coldMs.isEmpty() || warmMs.isEmpty() ? 0 : c - w, slower, cold);
    }
}
