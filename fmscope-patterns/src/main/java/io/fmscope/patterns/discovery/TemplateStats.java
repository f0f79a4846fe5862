package io.fmscope.patterns.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the error pipeline knows about one mined template: how often and when it occurred, which catalog
 * entries its errors matched, and who was affected. Merged when the miner merges two templates.
 * Not thread-safe: owned by one {@link GroupState}.
 */
final class TemplateStats {
    long count;
    /** Errors of this template that no catalog entry matched above the classifier's threshold. */
    long unmatched;
    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    /** Catalog pattern id of the best match of each error, counted. */
    final Map<String, Long> catalogMatches = new LinkedHashMap<>();
    final TopCounts models;
    final TopCounts sessions;
    final TopCounts services;
    final TopCounts codes;
    final TimeBuckets times;

    TemplateStats(DiscoveryConfig c) {
        this(new TopCounts(c.maxTrackedValues()), new TopCounts(c.maxTrackedValues()),
            new TopCounts(c.maxTrackedValues()), new TopCounts(c.maxTrackedValues()),
            new TimeBuckets(c.bucketWidth().toMillis(), c.maxTimeBuckets(), c.retention().toMillis()));
    }

    private TemplateStats(TopCounts models, TopCounts sessions, TopCounts services, TopCounts codes,
                          TimeBuckets times) {
        this.models = models;
        this.sessions = sessions;
        this.services = services;
        this.codes = codes;
        this.times = times;
    }

    void add(ErrorEvent e, long atMillis, String catalogId, String code, String service) {
        count++;
        if (catalogId == null) unmatched++;
        else catalogMatches.merge(catalogId, 1L, Long::sum);
        firstSeen = Math.min(firstSeen, atMillis);
        lastSeen = Math.max(lastSeen, atMillis);
        models.add(e.modelId(), 1);
        sessions.add(e.sessionId(), 1);
        services.add(service, 1);
        codes.add(code, 1);
        times.add(atMillis, 1);
    }

    /** Folds the statistics of a template the miner merged into this one. */
    void absorb(TemplateStats o) {
        count += o.count;
        unmatched += o.unmatched;
        firstSeen = Math.min(firstSeen, o.firstSeen);
        lastSeen = Math.max(lastSeen, o.lastSeen);
        o.catalogMatches.forEach((k, v) -> catalogMatches.merge(k, v, Long::sum));
        models.addAll(o.models);
        sessions.addAll(o.sessions);
        services.addAll(o.services);
        codes.addAll(o.codes);
        TimeBuckets.Stored s = o.times.stored();
        for (int j = 0; j < s.counts().length; j++) {
            if (s.counts()[j] > 0) times.add((s.lo() + j) * s.width(), s.counts()[j]);
        }
    }

    /** The catalog entry most errors of this template matched, or null when none did. */
    String dominantCatalogId() {
        String best = null;
        long n = 0;
        for (Map.Entry<String, Long> e : catalogMatches.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    Stored stored(long templateId) {
        return new Stored(templateId, count, unmatched, firstSeen, lastSeen, Map.copyOf(catalogMatches),
            counts(models), counts(sessions), counts(services), counts(codes), times.stored());
    }

    private static StoredCounts counts(TopCounts t) {
        return new StoredCounts(t.values(), t.truncated());
    }

    static TemplateStats restore(DiscoveryConfig c, Stored s) {
        int cap = c.maxTrackedValues();
        TemplateStats t = new TemplateStats(TopCounts.restore(cap, s.models().values(), s.models().truncated()),
            TopCounts.restore(cap, s.sessions().values(), s.sessions().truncated()),
            TopCounts.restore(cap, s.services().values(), s.services().truncated()),
            TopCounts.restore(cap, s.codes().values(), s.codes().truncated()),
            TimeBuckets.restore(s.times(), c.maxTimeBuckets(), c.retention().toMillis()));
        t.count = s.count();
        t.unmatched = s.unmatched();
        t.firstSeen = s.firstSeen();
        t.lastSeen = s.lastSeen();
        t.catalogMatches.putAll(s.catalogMatches());
        return t;
    }

    /** The persisted form of one template's statistics (times in epoch milliseconds). */
    record Stored(long templateId, long count, long unmatched, long firstSeen, long lastSeen,
                  Map<String, Long> catalogMatches, StoredCounts models, StoredCounts sessions, StoredCounts services,
                  StoredCounts codes, TimeBuckets.Stored times) {
    }

    record StoredCounts(List<ValueCount> values, boolean truncated) {
    }
}
