package io.fmscope.incidents.diagnose;

import java.time.Instant;
import java.util.List;

/**
 * Ranked root-cause hypotheses for an incident or a time range.
 *
 * @param incidentId   the incident diagnosed, or null for a plain time range
 * @param from         start of the analysed window (data time)
 * @param to           end of the analysed window
 * @param baselineFrom start of the healthy window it was compared with
 * @param baselineTo   end of that window (= {@code from})
 * @param traffic      calls, error rate, latency and cost in both windows
 * @param hypotheses   best first; empty when nothing departed from the baseline
 * @param notes        caveats (too little baseline, window cut, ...)
 */
public record Diagnosis(String incidentId, Instant from, Instant to, Instant baselineFrom, Instant baselineTo,
                        TrafficSummary traffic, List<Hypothesis> hypotheses, List<String> notes) {
    public Diagnosis {
        hypotheses = List.copyOf(hypotheses);
        notes = List.copyOf(notes);
    }

    /**
     * Traffic in the analysed window against the baseline window.
     *
     * @param costPerHourUsd what the calls cost, scaled to an hour of data time
     */
    public record TrafficSummary(long calls, long baselineCalls, double errorRate, double baselineErrorRate,
                                 double p50Ms, double p99Ms, double baselineP50Ms, double baselineP99Ms,
                                 double costPerHourUsd, double baselineCostPerHourUsd) {}
}
