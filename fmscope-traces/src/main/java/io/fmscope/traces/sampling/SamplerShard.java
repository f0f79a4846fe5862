package io.fmscope.traces.sampling;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.TraceId;
import io.fmscope.traces.metrics.MetricsRecorder;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One independent buffer of the {@link TailSampler}. Not thread-safe: the sampler locks it. */
final class SamplerShard {
    private final Decider decider;
    private final long waitMillis;
    private final long graceMillis;
    private final int maxTraces;
    private final int maxSpans;
    private final DecisionCache cache;
    final MetricsRecorder metrics = new MetricsRecorder();
    private final Map<TraceId, PendingTrace> pending = new HashMap<>();
    private final ArrayDeque<PendingTrace> arrival = new ArrayDeque<>();
    private final ArrayDeque<PendingTrace> ready = new ArrayDeque<>();
    private int bufferedSpans;
    long lastTickMillis = Long.MIN_VALUE;
    long spansOffered, kept, sampledOut, spansKept, spansSampledOut, lateKept, lateSampledOut;
    final long[] byTrigger = new long[Decision.Trigger.values().length];

    SamplerShard(Decider decider, SamplerConfig c) {
        this.decider = decider;
        this.waitMillis = c.decisionWait().toMillis();
        this.graceMillis = c.completeGrace().toMillis();
        this.maxTraces = Math.max(1, c.maxTraces() / c.shards());
        this.maxSpans = Math.max(1, c.maxSpans() / c.shards());
        this.cache = new DecisionCache(c.decisionMemory().toMillis(), c.maxRemembered() / c.shards());
    }

    void offer(Span s, long now, List<Span> out) {
        spansOffered++;
        Boolean earlier = cache.get(s.traceId(), now);
        if (earlier != null) {
            metrics.record(s);
            if (earlier) {
                lateKept++;
                out.add(s);
            } else {
                lateSampledOut++;
            }
            return;
        }
        PendingTrace pt = pending.get(s.traceId());
        if (pt == null) {
            while (pending.size() >= maxTraces) evictOldest(now, out);
            pt = new PendingTrace(s.traceId(), now);
            pending.put(pt.id, pt);
            arrival.addLast(pt);
        }
        int before = pt.size();
        if (pt.add(s, now)) metrics.record(s);
        bufferedSpans += pt.size() - before;
        if (!pt.queued && pt.complete()) {
            pt.queued = true;
            pt.queuedMillis = now;
            ready.addLast(pt);
        }
        while (bufferedSpans > maxSpans && !pending.isEmpty()) evictOldest(now, out);
    }

    void tick(long now, List<Span> out) {
        lastTickMillis = now;
        while (!ready.isEmpty()) {
            PendingTrace pt = ready.peekFirst();
            if (pt.decided) {
                ready.pollFirst();
                continue;
            }
            if (now - pt.queuedMillis < graceMillis) break;
            ready.pollFirst();
            if (!pt.complete()) {
                pt.queued = false;
            } else if (now - pt.lastMillis < graceMillis) {
                pt.queuedMillis = pt.lastMillis;
                ready.addLast(pt);
            } else {
                decide(pt, Decision.Trigger.COMPLETE, now, out);
            }
        }
        while (!arrival.isEmpty()) {
            PendingTrace pt = arrival.peekFirst();
            if (!pt.decided && now - pt.firstMillis < waitMillis) break;
            arrival.pollFirst();
            if (!pt.decided) decide(pt, Decision.Trigger.WAIT_ELAPSED, now, out);
        }
        cache.expire(now);
    }

    void flush(long now, List<Span> out) {
        while (!arrival.isEmpty()) {
            PendingTrace pt = arrival.pollFirst();
            if (!pt.decided) decide(pt, Decision.Trigger.FLUSH, now, out);
        }
        ready.clear();
    }

    private void evictOldest(long now, List<Span> out) {
        while (!arrival.isEmpty()) {
            PendingTrace pt = arrival.pollFirst();
            if (!pt.decided) {
                decide(pt, Decision.Trigger.AT_CAP, now, out);
                return;
            }
        }
    }

    private void decide(PendingTrace pt, Decision.Trigger why, long now, List<Span> out) {
        pt.decided = true;
        pending.remove(pt.id);
        bufferedSpans -= pt.size();
        Decision d = decider.decide(TraceFacts.of(pt.id, pt.spans()), now, why);
        cache.put(pt.id, d.keep(), now);
        byTrigger[why.ordinal()]++;
        if (d.keep()) {
            kept++;
            spansKept += pt.size();
            out.addAll(pt.spans());
        } else {
            sampledOut++;
            spansSampledOut += pt.size();
        }
        pt.release();
    }

    /** First-arrival time of the oldest undecided trace, or {@code Long.MAX_VALUE} when none waits. */
    long oldestPendingMillis() {
        for (PendingTrace pt : arrival) {
            if (!pt.decided) return pt.firstMillis;
        }
        return Long.MAX_VALUE;
    }

    int bufferedTraces() {
        return pending.size();
    }

    int bufferedSpans() {
        return bufferedSpans;
    }

    int remembered() {
        return cache.size();
    }
}
