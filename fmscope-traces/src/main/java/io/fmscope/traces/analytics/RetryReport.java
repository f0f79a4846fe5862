package io.fmscope.traces.analytics;

import io.fmscope.model.trace.TraceId;
import java.util.List;
import java.util.Map;

/**
 * Retries per request and per time bin, per target node. A storm is a run of bins whose retries per request
 * to a target exceed its normal level (the median over bins) by a factor of 3 (and by at least 0.2 per
 * request), with at least {@code minRetries} retries in the run; {@code storms} is ranked by excess retries.
 */
public record RetryReport(long fromNanos, long toNanos, long binNanos, long requests, long retries,
                          List<Storm> storms, List<RetriedRequest> topRequests) {
    public RetryReport {
        storms = List.copyOf(storms);
        topRequests = List.copyOf(topRequests);
    }

    public record Storm(String target, long startNanos, long endNanos, long requests, long retries,
                        double retriesPerRequest, double normalPerRequest, double excessRetries) {
    }

    /** The requests with the most retries, most first. */
    public record RetriedRequest(TraceId traceId, long startNanos, int retries, Map<String, Integer> byTarget) {
        public RetriedRequest {
            byTarget = Map.copyOf(byTarget);
        }
    }
}
