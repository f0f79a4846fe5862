package io.fmscope.patterns.discovery;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.errors.trend.MannKendall;
import io.fmscope.patterns.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Turns a group's templates and statistics into {@link DiscoveredPattern}s: status, catalog entry, trend. */
final class ReportBuilder {
    private static final int MIN_TREND_BUCKETS = 4;

    private ReportBuilder() {
    }

    static DiscoveryReport build(String logGroup, GroupState g, ErrorDiscovery.CatalogView catalog,
                                 DiscoveryConfig config, Instant asOf, Duration window) {
        List<DiscoveredPattern> out = new ArrayList<>();
        for (GroupState.Entry e : g.entries()) out.add(pattern(logGroup, e, catalog, config, asOf, window));
        out.sort(Comparator.comparing(DiscoveredPattern::status).reversed()
            .thenComparing(Comparator.comparingLong(DiscoveredPattern::count).reversed())
            .thenComparingLong(DiscoveredPattern::templateId));
        return new DiscoveryReport(logGroup, asOf, g.events(), g.overflow(), out);
    }

    private static DiscoveredPattern pattern(String logGroup, GroupState.Entry e, ErrorDiscovery.CatalogView catalog,
                                             DiscoveryConfig config, Instant asOf, Duration window) {
        Template t = e.template();
        TemplateStats.Stored s = e.stats();
        ErrorPattern entry = e.dominantCatalogId() == null ? matchNow(t, catalog)
            : catalog.catalog().find(e.dominantCatalogId()).orElse(null);
        String catalogId = e.dominantCatalogId() != null ? e.dominantCatalogId() : entry == null ? null : entry.id();
        PatternStatus status = catalogId == null ? PatternStatus.NEW : PatternStatus.KNOWN;
        return new DiscoveredPattern(logGroup, t.id(), t.pattern(), t.typedPattern(), t.tokens(), t.variableLength(),
            status, catalogId, entry,
            s.catalogMatches(), s.count(), s.unmatched(), Instant.ofEpochMilli(s.firstSeen()),
            Instant.ofEpochMilli(s.lastSeen()), trend(s, config, asOf, window), counts(s.models()),
            counts(s.sessions()), counts(s.services()), counts(s.codes()), t.samples());
    }

    /**
     * For a template none of whose errors matched when they were seen: the entry its samples match in the
     * current catalog, if any. This is how a promoted pattern stops being new without re-reading its errors.
     */
    private static ErrorPattern matchNow(Template t, ErrorDiscovery.CatalogView catalog) {
        for (String sample : t.samples()) {
            List<PatternMatch> m = catalog.classifier().match(ErrorInput.of(sample));
            if (!m.isEmpty()) return m.getFirst().pattern();
        }
        return null;
    }

    private static PatternTrend trend(TemplateStats.Stored s, DiscoveryConfig config, Instant asOf, Duration window) {
        long[] series = TimeBuckets.series(s.times(), asOf.toEpochMilli(), window.toMillis(), config.trendBuckets(), MIN_TREND_BUCKETS);
        if (series == null || Arrays.stream(series).sum() == 0) return null; // nothing in the window
        return new PatternTrend(asOf.minus(window), asOf, Arrays.stream(series).boxed().toList(),
            MannKendall.test(series, config.alpha()));
    }

    private static ValueCounts counts(TemplateStats.StoredCounts c) {
        return new ValueCounts(c.values(), c.truncated());
    }
}
