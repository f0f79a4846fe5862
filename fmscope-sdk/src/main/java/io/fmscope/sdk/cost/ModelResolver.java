package io.fmscope.sdk.cost;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves model ids to catalog tiers: the longest matching prefix wins, scoped prefixes ({@code global.}) are
 * tried against the scoped id and plain prefixes against the base id. Results are memoised because this runs
 * on every logged call; the memo is bounded so that an application sending endless distinct ids cannot grow it.
 */
final class ModelResolver {

    static final int MEMO_LIMIT = 4096;

    private record Prefix(String pattern, PricingEntry entry) {
    }

    private final List<Prefix> longestFirst;
    private final Map<String, Optional<PricingEntry>> memo = new ConcurrentHashMap<>();

    ModelResolver(List<PricingEntry> entries) {
        this.longestFirst = entries.stream()
                .flatMap(e -> e.match().stream().map(p -> new Prefix(p, e)))
                .sorted(Comparator.comparingInt((Prefix p) -> p.pattern().length()).reversed()
                        .thenComparing(Prefix::pattern))
                .toList();
    }

    Optional<PricingEntry> resolve(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return Optional.empty();
        }
        Optional<PricingEntry> known = memo.get(modelId);
        if (known != null) {
            return known;
        }
        Optional<PricingEntry> found = lookup(modelId);
        if (memo.size() < MEMO_LIMIT) {
            memo.putIfAbsent(modelId, found);
        }
        return found;
    }

    int memoSize() {
        return memo.size();
    }

    private Optional<PricingEntry> lookup(String modelId) {
        String scoped = ModelIds.scoped(modelId);
        String base = ModelIds.base(scoped);
        for (Prefix p : longestFirst) {
            if (ModelIds.matches(p.pattern(), scoped) || ModelIds.matches(p.pattern(), base)) {
                return Optional.of(p.entry());
            }
        }
        return Optional.empty();
    }
}
