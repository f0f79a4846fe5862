package io.fmscope.patterns.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per value (model id, session id, ...) in bounded memory with the Space-Saving algorithm
 * (Metwally et al. 2005): at most {@code capacity} values are kept; a new value past the cap replaces the
 * least counted one and inherits its count, so frequent values stay and their counts are over-estimated
 * by at most the evicted count. Exact while fewer than {@code capacity} distinct values were seen.
 * Not thread-safe: owned by one template's statistics.
 */
final class TopCounts {
    static final int MAX_VALUE_CHARS = 256;
    private final int capacity;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private boolean truncated;

    TopCounts(int capacity) {
        this.capacity = capacity;
    }

    void add(String value, long n) {
        if (value == null || n <= 0) return;
        String v = value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
        long[] c = counts.get(v);
        if (c != null) {
            c[0] += n;
            return;
        }
        if (counts.size() < capacity) {
            counts.put(v, new long[] {n});
            return;
        }
        String min = null;
        long minCount = Long.MAX_VALUE;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            if (e.getValue()[0] < minCount) {
                minCount = e.getValue()[0];
                min = e.getKey();
            }
        }
        counts.remove(min);
        counts.put(v, new long[] {minCount + n});
        truncated = true;
    }

    void addAll(TopCounts other) {
        for (ValueCount vc : other.values()) add(vc.value(), vc.count());
        truncated |= other.truncated;
    }

    /** Values, most counted first (ties in first-seen order). */
    List<ValueCount> values() {
        List<ValueCount> out = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> out.add(new ValueCount(k, v[0])));
        out.sort(Comparator.comparingLong(ValueCount::count).reversed());
        return out;
    }

    /** True once a value was dropped at the cap: counts are then upper bounds. */
    boolean truncated() {
        return truncated;
    }

    static TopCounts restore(int capacity, List<ValueCount> values, boolean truncated) {
        TopCounts t = new TopCounts(capacity);
        for (ValueCount vc : values) t.add(vc.value(), vc.count());
        t.truncated |= truncated;
        return t;
    }
}
