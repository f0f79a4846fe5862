package io.fmscope.traces.sampling;

import java.util.List;

/**
 * What the sampler has done, including everything sampled out. Traces are counted when decided; late spans
 * are spans that arrived after their trace's decision and followed it.
 *
 * @param decidedAtCap traces decided before they completed because a buffer cap was reached (the cap policy:
 *                     the oldest buffered trace is decided on what it has so far, never silently dropped)
 * @param unmatched    traces no rule matched (dropped)
 */
public record SamplerStats(long spansOffered, long tracesDecided, long tracesKept, long tracesSampledOut,
                           long spansKept, long spansSampledOut, long lateSpansKept, long lateSpansSampledOut,
                           long decidedComplete, long decidedWaitElapsed, long decidedAtCap, long decidedOnFlush,
                           long bufferedTraces, long bufferedSpans, long rememberedDecisions, long unmatched,
                           List<RuleStats> rules) {
    public SamplerStats {
        rules = List.copyOf(rules);
    }
}
