package io.fmscope.patterns.discovery;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.patterns.TemplateMiner;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The error pipeline's discovery: every error event is classified against the catalog and mined into a
 * template of its log group (one miner per group). A template none of whose errors matched a catalog entry
 * is a discovered pattern ({@link PatternStatus#NEW}); the report gives its counts, first and last seen
 * time, Mann-Kendall trend, affected models and sessions and an assistant prompt. With a
 * {@link DiscoveryStore} the state of each group is loaded on first use and written by {@link #save()}, so
 * template ids survive restarts. Thread-safe; {@link #observe} never throws.
 */
public final class ErrorDiscovery {
    private final DiscoveryConfig config;
    private final Clock clock;
    private final DiscoveryStore store;
    private final Map<String, GroupState> groups = new ConcurrentHashMap<>();
    private volatile CatalogView catalog;

    /** @param store where group state is kept, or null to keep it in memory only */
    public ErrorDiscovery(ErrorCatalog catalog, DiscoveryConfig config, Clock clock, DiscoveryStore store) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        useCatalog(catalog);
    }

    public ErrorDiscovery(ErrorCatalog catalog, Clock clock) {
        this(catalog, DiscoveryConfig.defaults(), clock, null);
    }

    /** Classifies against {@code catalog} from now on, e.g. after a pattern was promoted into it. */
    public void useCatalog(ErrorCatalog catalog) {
        this.catalog = new CatalogView(catalog, new ErrorClassifier(catalog, clock));
    }

    /** Classifies and mines one error; a failure inside is reported as an empty observation, not thrown. */
    public Observation observe(ErrorEvent e) {
        if (e == null) return new Observation(ErrorEvent.DEFAULT_GROUP, -1, PatternStatus.NEW, null, false);
        try {
            ErrorClassifier classifier = catalog.classifier();
            ErrorInput input = classifier.enrich(ErrorInput.builder(e.message()).code(e.errorCode())
                .service(e.service()).sessionId(e.sessionId()).modelId(e.modelId()).build());
            List<PatternMatch> matches = classifier.match(input);
            String catalogId = matches.isEmpty() ? null : matches.getFirst().patternId();
            long at = (e.timestamp() == null ? clock.instant() : e.timestamp()).toEpochMilli();
            return group(e.logGroup()).observe(e, at, catalogId, input.errorCode(), input.service());
        } catch (RuntimeException ex) {
            return new Observation(e.logGroup(), -1, PatternStatus.NEW, null, false);
        }
    }

    /** The group's templates, with the trend over the configured window ending now. */
    public DiscoveryReport report(String logGroup) {
        return report(logGroup, clock.instant(), config.trendWindow());
    }

    public DiscoveryReport report(String logGroup, Instant asOf, Duration window) {
        GroupState g = groups.get(logGroup);
        if (g == null && store != null && Files.exists(store.fileFor(logGroup))) g = group(logGroup);
        if (g == null) return new DiscoveryReport(logGroup, asOf, 0, 0, List.of());
        return ReportBuilder.build(logGroup, g, catalog, config, asOf, window);
    }

    /**
     * The group's templates with the trend over the span of its errors (first to last seen), for input read
     * once from files; no trend when they all share one instant.
     */
    public DiscoveryReport reportOverSpan(String logGroup) {
        DiscoveryReport r = report(logGroup);
        Instant first = r.patterns().stream().map(DiscoveredPattern::firstSeen).min(Instant::compareTo).orElse(r.asOf());
        Instant last = r.patterns().stream().map(DiscoveredPattern::lastSeen).max(Instant::compareTo).orElse(r.asOf());
        Duration span = Duration.between(first, last);
        return report(logGroup, last, span.isZero() ? Duration.ofMillis(1) : span.plusMillis(1));
    }

    /** A template of a group by id (merged ids resolved), with its statistics and status now. */
    public Optional<DiscoveredPattern> pattern(String logGroup, long templateId) {
        return report(logGroup).template(resolve(logGroup, templateId));
    }

    /**
     * Promotes a discovered pattern into {@code userCatalog} (see {@link CatalogPromoter}) and classifies
     * against the extended catalog from then on, so the pattern is reported as known.
     *
     * @param otherCatalogs catalog files applied between the built-in one and {@code userCatalog}
     */
    public PromotionResult promote(String logGroup, long templateId, PromotionRequest request, Path userCatalog,
                                   List<Path> otherCatalogs) {
        DiscoveredPattern p = pattern(logGroup, templateId)
            .orElseThrow(() -> new PromotionException("no template " + templateId + " in log group " + logGroup));
        PromotionResult result = new CatalogPromoter(clock).promote(p, request, userCatalog, otherCatalogs);
        useCatalog(result.catalog());
        return result;
    }

    /** The id a template id ended in after merges in its group. */
    public long resolve(String logGroup, long templateId) {
        GroupState g = groups.get(logGroup);
        return g == null ? templateId : g.resolve(templateId);
    }

    /** Groups seen since start (or loaded from the store). */
    public List<String> logGroups() {
        return groups.keySet().stream().sorted().toList();
    }

    /** Writes every group's state to the store; does nothing without one. */
    public void save() {
        if (store == null) return;
        for (GroupState g : groups.values()) store.save(g.snapshot());
    }

    public DiscoveryConfig config() {
        return config;
    }

    public ErrorCatalog catalog() {
        return catalog.catalog();
    }

    private GroupState group(String logGroup) {
        GroupState g = groups.get(logGroup);
        if (g != null) return g;
        String name = groups.size() >= config.maxLogGroups() ? DiscoveryConfig.OVERFLOW_GROUP : logGroup;
        return groups.computeIfAbsent(name, this::open);
    }

    private GroupState open(String logGroup) {
        if (store != null) {
            var saved = store.load(logGroup);
            if (saved.isPresent()) return GroupState.restore(config, saved.get());
        }
        return new GroupState(logGroup, config, new TemplateMiner(config.miner()));
    }

    /** The catalog and the classifier compiled from it, swapped together. */
    record CatalogView(ErrorCatalog catalog, ErrorClassifier classifier) {
    }
}
