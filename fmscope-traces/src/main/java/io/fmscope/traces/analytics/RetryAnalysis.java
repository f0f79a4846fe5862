package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds retry storms per target node and time bin (see {@link RetryReport}). */
public final class RetryAnalysis {
    static final int MIN_RETRIES = 5;
    static final double FACTOR = 3.0;
    static final double MIN_EXCESS_PER_REQUEST = 0.2;
    private static final int TOP = 10;

    private RetryAnalysis() {
    }

    public static RetryReport analyze(Collection<Trace> traces, long fromNanos, long toNanos, Duration bin) {
        long width = Math.max(1, bin.toNanos());
        int n = (int) Math.max(1, Math.ceilDiv(toNanos - fromNanos, width));
        long[] requests = new long[n];
        Map<String, long[]> retries = new HashMap<>();
        List<RetryReport.RetriedRequest> retried = new ArrayList<>();
        long totalRequests = 0, totalRetries = 0;
        for (Trace t : traces) {
            int i = (int) Math.floorDiv(t.startNanos() - fromNanos, width);
            if (i < 0 || i >= n) continue;
            requests[i]++;
            totalRequests++;
            Map<String, Integer> byTarget = Retries.byTarget(t);
            int sum = 0;
            for (Map.Entry<String, Integer> e : byTarget.entrySet()) {
                retries.computeIfAbsent(e.getKey(), k -> new long[n])[i] += e.getValue();
                sum += e.getValue();
            }
            totalRetries += sum;
            if (sum > 0) retried.add(new RetryReport.RetriedRequest(t.traceId(), t.startNanos(), sum, byTarget));
        }
        List<RetryReport.Storm> storms = new ArrayList<>();
        retries.forEach((target, r) -> storms.addAll(storms(target, r, requests, fromNanos, width)));
        storms.sort(Comparator.comparingDouble(RetryReport.Storm::excessRetries).reversed());
        retried.sort(Comparator.comparingInt(RetryReport.RetriedRequest::retries).reversed()
                .thenComparingLong(RetryReport.RetriedRequest::startNanos));
        return new RetryReport(fromNanos, toNanos, width, totalRequests, totalRetries, storms,
                retried.subList(0, Math.min(TOP, retried.size())));
    }

    private static List<RetryReport.Storm> storms(String target, long[] r, long[] requests, long from, long width) {
        int n = r.length;
        double[] rates = new double[n];
        int withTraffic = 0;
        for (int i = 0; i < n; i++) if (requests[i] > 0) rates[withTraffic++] = (double) r[i] / requests[i];
        double normal = Robust.median(java.util.Arrays.copyOf(rates, withTraffic));
        double limit = Math.max(normal * FACTOR, normal + MIN_EXCESS_PER_REQUEST);
        List<RetryReport.Storm> out = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (!above(r, requests, i, limit)) {
                i++;
                continue;
            }
            int j = i;
            long req = 0, ret = 0;
            while (j < n && above(r, requests, j, limit)) {
                req += requests[j];
                ret += r[j];
                j++;
            }
            if (ret >= MIN_RETRIES) {
                out.add(new RetryReport.Storm(target, from + i * width, from + j * width, req, ret,
                        (double) ret / req, normal, ret - normal * req));
            }
            i = j;
        }
        return out;
    }

    private static boolean above(long[] r, long[] requests, int i, double limit) {
        return requests[i] > 0 && (double) r[i] / requests[i] > limit;
    }
}
