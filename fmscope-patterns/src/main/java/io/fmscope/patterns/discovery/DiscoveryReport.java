package io.fmscope.patterns.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The templates of one log group at a point in time: new ones first, then known ones, each by count.
 *
 * @param logGroup the group
 * @param asOf     the end of the trend window
 * @param events   error events observed in the group (across restarts)
 * @param overflow events whose templates were evicted at the miner's template cap
 * @param patterns live templates with their statistics
 */
public record DiscoveryReport(String logGroup, Instant asOf, long events, long overflow,
                              List<DiscoveredPattern> patterns) {
    public DiscoveryReport {
        patterns = List.copyOf(patterns);
    }

    /** The discovered patterns: templates no catalog entry matched. */
    public List<DiscoveredPattern> discovered() {
        return patterns.stream().filter(p -> p.status() == PatternStatus.NEW).toList();
    }

    public List<DiscoveredPattern> known() {
        return patterns.stream().filter(p -> p.status() == PatternStatus.KNOWN).toList();
    }

    public Optional<DiscoveredPattern> template(long templateId) {
        return patterns.stream().filter(p -> p.templateId() == templateId).findFirst();
    }
}
