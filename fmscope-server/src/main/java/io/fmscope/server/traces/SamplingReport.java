package io.fmscope.server.traces;

import io.fmscope.traces.metrics.MetricsSnapshot;
import io.fmscope.traces.metrics.RedStats;
import io.fmscope.traces.metrics.TokenTotals;
import io.fmscope.traces.sampling.SamplerStats;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/traces/sampling}: what the tail sampler kept and dropped, the metrics before sampling, and the
 * span journal ({@code replayedSpans} offered again at start, {@code segments} on disk now).
 */
public record SamplingReport(SamplerStats sampler, Map<String, Red> services, Map<String, Usage> models, long spans,
                             long traces, Journal journal) {

    public record Journal(long replayedSpans, int segments) {
    }

    public record Red(long count, long errors, long throttles, long faults, double p50Ms, double p90Ms, double p99Ms,
                      double maxMs) {
        static Red of(RedStats s) {
            return new Red(s.count(), s.errors(), s.throttles(), s.faults(), s.percentileMillis(50),
                    s.percentileMillis(90), s.percentileMillis(99), s.maxMillis());
        }
    }

    public record Usage(long calls, long inputTokens, long outputTokens, double costUsd) {
        static Usage of(TokenTotals t) {
            return new Usage(t.calls(), t.inputTokens(), t.outputTokens(), t.costUsd());
        }
    }

    public static SamplingReport of(SamplerStats stats, MetricsSnapshot m) {
        return of(stats, m, new Journal(0, 0));
    }

    public static SamplingReport of(SamplerStats stats, MetricsSnapshot m, Journal journal) {
        Map<String, Red> services = new TreeMap<>();
        m.services().forEach((k, v) -> services.put(k, Red.of(v)));
        Map<String, Usage> models = new TreeMap<>();
        m.models().forEach((k, v) -> models.put(k, Usage.of(v)));
        return new SamplingReport(stats, services, models, m.spans(), m.traces(), journal);
    }
}
