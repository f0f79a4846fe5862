package io.fmscope.patterns.discovery;

import java.util.List;

/**
 * The values (models, sessions, services, error codes) a pattern's errors carried, most frequent first.
 *
 * @param top         at most {@link DiscoveryConfig#maxTrackedValues()} values with their counts
 * @param approximate true when more distinct values were seen than are kept: the list holds the frequent
 *                    ones and their counts are upper bounds (Space-Saving)
 */
public record ValueCounts(List<ValueCount> top, boolean approximate) {
    public ValueCounts {
        top = List.copyOf(top);
    }

    /** Distinct values seen; a lower bound when {@link #approximate()}. */
    public int distinct() {
        return top.size();
    }
}
