package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.metrics.MetricsSnapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Error-biased tail sampling. Spans are buffered per trace until the trace is complete (and quiet for the
 * grace period) or the decision wait elapses; then {@link SamplingRules} decide and kept spans go to the
 * {@link SpanSink}. Decisions are remembered, so late spans follow their trace. RED, token and cost metrics
 * are recorded for every span at {@link #offer} time, before any decision, so they are exact whatever is
 * sampled. Memory is bounded by {@link SamplerConfig#maxTraces()} and {@link SamplerConfig#maxSpans()}:
 * at a cap the oldest trace is decided early on the spans it has ({@link SamplerStats#decidedAtCap()}).
 *
 * <p>Thread-safe: traces are spread over shards by trace id, each shard under its own lock; the sink is
 * called outside the locks. Decisions happen in {@link #offer} (at most once per millisecond per shard) and
 * in {@link #tick()}, which the owner calls periodically (e.g. every 100 ms) so idle traces are decided.
 * If the sink throws, the exception reaches the caller of {@code offer}/{@code tick}; the decisions stand.
 */
public final class TailSampler implements AutoCloseable {
    private final Decider decider;
    private final SamplerShard[] shards;
    private final SpanSink sink;
    private final Clock clock;

    public TailSampler(SamplingRules rules, SamplerConfig config, SpanSink sink, Clock clock) {
        this.decider = new Decider(Objects.requireNonNull(rules, "rules"));
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shards = new SamplerShard[config.shards()];
        for (int i = 0; i < shards.length; i++) shards[i] = new SamplerShard(decider, config);
    }

    /** Offers spans (of any traces, in any order); kept spans of traces decided meanwhile reach the sink. */
    public void offer(List<Span> spans) {
        long now = clock.millis();
        List<Span> out = new ArrayList<>();
        if (shards.length == 1) {
            SamplerShard s = shards[0];
            synchronized (s) {
                for (Span span : spans) s.offer(span, now, out);
                if (now != s.lastTickMillis) s.tick(now, out);
            }
        } else {
            @SuppressWarnings("unchecked") List<Span>[] parts = new List[shards.length];
            for (Span span : spans) {
                int i = shardOf(span.traceId());
                if (parts[i] == null) parts[i] = new ArrayList<>();
                parts[i].add(span);
            }
            for (int i = 0; i < shards.length; i++) {
                if (parts[i] == null) continue;
                SamplerShard s = shards[i];
                synchronized (s) {
                    for (Span span : parts[i]) s.offer(span, now, out);
                    if (now != s.lastTickMillis) s.tick(now, out);
                }
            }
        }
        emit(out);
    }

    public void offer(Span span) {
        offer(List.of(span));
    }

    /** Decides traces that completed and went quiet, or whose wait elapsed, and forgets old decisions. */
    public void tick() {
        long now = clock.millis();
        List<Span> out = new ArrayList<>();
        for (SamplerShard s : shards) {
            synchronized (s) {
                s.tick(now, out);
            }
        }
        emit(out);
    }

    /** Decides every buffered trace now (shutdown); decisions stay remembered for late spans. */
    public void flush() {
        long now = clock.millis();
        List<Span> out = new ArrayList<>();
        for (SamplerShard s : shards) {
            synchronized (s) {
                s.flush(now, out);
            }
        }
        emit(out);
    }

    /**
     * When the oldest undecided trace received its first span ({@code Long.MAX_VALUE} when none waits): every
     * span offered before this instant belongs to a decided trace, whose kept spans have been passed to the
     * sink once the {@code offer}/{@code tick} that decided it has returned. A journal of offered spans may be
     * trimmed up to here.
     */
    public long oldestPendingMillis() {
        long min = Long.MAX_VALUE;
        for (SamplerShard s : shards) {
            synchronized (s) {
                min = Math.min(min, s.oldestPendingMillis());
            }
        }
        return min;
    }

    /** Metrics over every span offered so far, before sampling. */
    public MetricsSnapshot metrics() {
        MetricsSnapshot m = MetricsSnapshot.EMPTY;
        for (SamplerShard s : shards) {
            synchronized (s) {
                m = m.plus(s.metrics.snapshot());
            }
        }
        return m;
    }

    public SamplerStats stats() {
        long offered = 0, kept = 0, out = 0, spansKept = 0, spansOut = 0, lateKept = 0, lateOut = 0;
        long traces = 0, spans = 0, remembered = 0;
        long[] by = new long[Decision.Trigger.values().length];
        for (SamplerShard s : shards) {
            synchronized (s) {
                offered += s.spansOffered;
                kept += s.kept;
                out += s.sampledOut;
                spansKept += s.spansKept;
                spansOut += s.spansSampledOut;
                lateKept += s.lateKept;
                lateOut += s.lateSampledOut;
                traces += s.bufferedTraces();
                spans += s.bufferedSpans();
                remembered += s.remembered();
                for (int i = 0; i < by.length; i++) by[i] += s.byTrigger[i];
            }
        }
        return new SamplerStats(offered, kept + out, kept, out, spansKept, spansOut, lateKept, lateOut,
                by[Decision.Trigger.COMPLETE.ordinal()], by[Decision.Trigger.WAIT_ELAPSED.ordinal()],
                by[Decision.Trigger.AT_CAP.ordinal()], by[Decision.Trigger.FLUSH.ordinal()], traces, spans,
                remembered, decider.unmatched(), decider.stats());
    }

    @Override public void close() {
        flush();
    }

    private int shardOf(TraceId id) {
        return (int) Long.remainderUnsigned(ConsistentHash.mix(id.low() ^ id.high()), shards.length);
    }

    private void emit(List<Span> out) {
        if (!out.isEmpty()) sink.accept(List.copyOf(out));
    }
}
