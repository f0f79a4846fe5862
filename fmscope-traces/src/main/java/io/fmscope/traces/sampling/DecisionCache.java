package io.fmscope.traces.sampling;

import io.fmscope.model.trace.TraceId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembered decisions for late spans: bounded in count and age, oldest forgotten first. Not thread-safe
 * (one per shard, used under the shard's lock).
 */
final class DecisionCache {
    private record Entry(TraceId id, long atMillis) {
    }

    private final Map<TraceId, Boolean> decisions = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();
    private final long ttlMillis;
    private final int max;

    DecisionCache(long ttlMillis, int max) {
        this.ttlMillis = ttlMillis;
        this.max = max;
    }

    void put(TraceId id, boolean keep, long nowMillis) {
        if (max == 0) return;
        if (decisions.put(id, keep) == null) order.addLast(new Entry(id, nowMillis));
        while (decisions.size() > max) decisions.remove(order.pollFirst().id());
    }

    /** TRUE kept, FALSE sampled out, null unknown (never decided, or forgotten). */
    Boolean get(TraceId id, long nowMillis) {
        expire(nowMillis);
        return decisions.get(id);
    }

    void expire(long nowMillis) {
        while (!order.isEmpty() && nowMillis - order.peekFirst().atMillis() >= ttlMillis) {
            decisions.remove(order.pollFirst().id());
        }
    }

    int size() {
        return decisions.size();
    }
}
