package io.fmscope.traces.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Metrics over every completed span offered to the sampler, before any sampling decision: RED per service
 * entry (segments and roots: the requests a service served), RED per operation, and GenAI usage per model.
 */
public record MetricsSnapshot(Map<String, RedStats> services, Map<OperationKey, RedStats> operations,
                              Map<String, TokenTotals> models, long spans, long traces) {
    public static final MetricsSnapshot EMPTY = new MetricsSnapshot(Map.of(), Map.of(), Map.of(), 0, 0);

    public MetricsSnapshot {
        services = Map.copyOf(services);
        operations = Map.copyOf(operations);
        models = Map.copyOf(models);
    }

    /** Usage summed over all models. */
    public TokenTotals totalUsage() {
        return models.values().stream().reduce(TokenTotals.ZERO, TokenTotals::plus);
    }

    public MetricsSnapshot plus(MetricsSnapshot o) {
        return new MetricsSnapshot(merge(services, o.services, RedStats::plus),
                merge(operations, o.operations, RedStats::plus), merge(models, o.models, TokenTotals::plus),
                spans + o.spans, traces + o.traces);
    }

    private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b, BinaryOperator<V> plus) {
        Map<K, V> out = new java.util.HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, plus));
        return out;
    }

    /** Services sorted by name, for stable output. */
    public Map<String, RedStats> servicesSorted() {
        return new TreeMap<>(services);
    }
}
