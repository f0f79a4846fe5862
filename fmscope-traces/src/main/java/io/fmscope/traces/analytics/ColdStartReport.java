package io.fmscope.traces.analytics;

import io.fmscope.model.trace.TraceId;
import java.util.List;

/**
 * Cold starts per service: requests that were first on a new instance, first after a quiet period, or declared
 * cold ({@code faas.coldstart}, a Lambda {@code Initialization} subsegment), compared with the service's warm
 * requests. {@code services} is ranked: services whose cold requests are slower first, by total extra time.
 */
public record ColdStartReport(long quietGapNanos, List<ServiceColdStarts> services) {
    public ColdStartReport {
        services = List.copyOf(services);
    }

    public enum Reason { NEW_INSTANCE, AFTER_QUIET, DECLARED }

    /**
     * @param slower cold median at least 25% above the warm median
     * @param extraMsPerColdStart cold median minus warm median
     */
    public record ServiceColdStarts(String service, int coldCount, int warmCount, double coldMedianMs,
                                    double warmMedianMs, double extraMsPerColdStart, boolean slower,
                                    List<ColdRequest> requests) {
        public ServiceColdStarts {
            requests = List.copyOf(requests);
        }
    }

    /** @param gapSeconds time since the instance's (or service's) previous request; -1 for a new instance */
    public record ColdRequest(TraceId traceId, String instance, long startNanos, double durationMs, Reason reason,
                              double gapSeconds) {
    }
}
