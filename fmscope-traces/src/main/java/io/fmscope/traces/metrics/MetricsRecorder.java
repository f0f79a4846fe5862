package io.fmscope.traces.metrics;

import io.fmscope.model.trace.Span;
import io.fmscope.traces.SpanAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Accumulates {@link MetricsSnapshot} data from completed spans. Not thread-safe: the sampler keeps one per
 * shard, fed under the shard's lock, and merges snapshots.
 */
public final class MetricsRecorder {
    private static final Set<String> MODEL_OPERATIONS = Set.of("chat", "text_completion", "generate_content", "embeddings");
    private final Map<String, Accumulator> services = new HashMap<>();
    private final Map<OperationKey, Accumulator> operations = new HashMap<>();
    private final Map<String, TokenTotals> models = new HashMap<>();
    private long spans;
    private long traces;

    /** Records one completed span; in-progress spans are ignored (their completed version counts). */
    public void record(Span s) {
        if (s.inProgress()) return;
        spans++;
        if (s.isRoot()) traces++;
        long micros = Math.max(0, s.durationNanos() / 1000);
        if (s.segment() || s.isRoot()) services.computeIfAbsent(s.service(), k -> new Accumulator()).add(s, micros);
        operations.computeIfAbsent(new OperationKey(s.service(), s.name()), k -> new Accumulator()).add(s, micros);
        long in = SpanAttributes.inputTokens(s);
        long out = SpanAttributes.outputTokens(s);
        double cost = SpanAttributes.costUsd(s);
        String op = s.attribute("gen_ai.operation.name");
        if (in > 0 || out > 0 || cost > 0 || (op != null && MODEL_OPERATIONS.contains(op))) {
            String model = SpanAttributes.model(s);
            models.merge(model == null ? "" : model, new TokenTotals(1, in, out, Math.round(cost * 1e9)), TokenTotals::plus);
        }
    }

    public MetricsSnapshot snapshot() {
        Map<String, RedStats> svc = new HashMap<>();
        services.forEach((k, a) -> svc.put(k, a.stats()));
        Map<OperationKey, RedStats> ops = new HashMap<>();
        operations.forEach((k, a) -> ops.put(k, a.stats()));
        return new MetricsSnapshot(svc, ops, models, spans, traces);
    }

    private static final class Accumulator {
        long count, errors, throttles, faults;
        final Histogram durations = new Histogram(3);

        void add(Span s, long micros) {
            count++;
            if (s.outcome().error()) errors++;
            if (s.outcome().throttle()) throttles++;
            if (s.outcome().fault()) faults++;
            durations.recordValue(micros);
        }

        RedStats stats() {
            return new RedStats(count, errors, throttles, faults, durations);
        }
    }
}
