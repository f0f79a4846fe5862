package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Trace;
import io.fmscope.storage.trace.TraceQuery;
import io.fmscope.storage.trace.TraceReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The analytics over a trace store: each reads the traces that started in the last {@code since} (up to
 * {@code maxTraces}) and runs one analysis. The HTTP API and the CLI call these.
 */
public final class TraceAnalytics {
    private final TraceReader reader;
    private final Clock clock;
    private final int maxTraces;

    public TraceAnalytics(TraceReader reader, Clock clock, int maxTraces) {
        this.reader = reader;
        this.clock = clock;
        this.maxTraces = maxTraces;
    }

    public ServiceMap serviceMap(Duration since) {
        long to = nowNanos();
        long from = to - since.toNanos();
        return ServiceMapBuilder.build(window(from, to), from, to);
    }

    /** Slow traces of the last {@code since} against the {@code baseline} just before it. */
    public Hotspots hotspots(Duration since, Duration baseline, Duration slowThreshold) {
        long to = nowNanos();
        long from = to - since.toNanos();
        return HotspotAnalysis.analyze(window(from, to), window(from - baseline.toNanos(), from), slowThreshold);
    }

    public ThrottleReport throttles(Duration since, Duration bin) {
        long to = nowNanos();
        long from = to - since.toNanos();
        return ThrottleAnalysis.analyze(window(from, to), from, to, bin);
    }

    public RetryReport retries(Duration since, Duration bin) {
        long to = nowNanos();
        long from = to - since.toNanos();
        return RetryAnalysis.analyze(window(from, to), from, to, bin);
    }

    public ColdStartReport coldStarts(Duration since, Duration quietGap) {
        long to = nowNanos();
        return ColdStartAnalysis.analyze(window(to - since.toNanos(), to), quietGap);
    }

    private List<Trace> window(long from, long to) {
        return reader.find(TraceQuery.between(from, to).withLimit(maxTraces));
    }

    private long nowNanos() {
        var i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
