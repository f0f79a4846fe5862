package io.fmscope.traces.analytics;

import java.util.List;

/**
 * Which component's self time makes slow traces slow. {@code ranked} is ordered by {@code excessMs}: how much
 * more self time the component has per slow trace than per baseline trace.
 *
 * @param slowThresholdMs  traces at least this long were "slow" (the configured threshold, or the window's p90
 *                         when no trace reached it)
 * @param baselineFromSlowWindow true when the baseline window was empty and the window's other traces were used
 */
public record Hotspots(double slowThresholdMs, int windowTraces, int slowTraces, int baselineTraces,
                       boolean baselineFromSlowWindow, List<Hotspot> ranked) {
    public Hotspots {
        ranked = List.copyOf(ranked);
    }

    /**
     * @param slowMeanSelfMs     mean self time per slow trace (0 for slow traces without the component)
     * @param baselineMeanSelfMs mean self time per baseline trace
     * @param shareOfSlow        slowMeanSelfMs over the slow traces' mean response time
     */
    public record Hotspot(String component, double slowMeanSelfMs, double baselineMeanSelfMs, double excessMs,
                          double shareOfSlow) {
    }
}
