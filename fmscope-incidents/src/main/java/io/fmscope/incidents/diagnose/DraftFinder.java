package io.fmscope.incidents.diagnose;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.facts.Component;
import io.fmscope.incidents.facts.ErrorCategorizer;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.Population;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.facts.Tally;
import io.fmscope.incidents.stats.LogHistogram;
import io.fmscope.incidents.stats.RateComparison;
import io.fmscope.incidents.stats.RateTest;
import io.fmscope.incidents.stats.TailTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every signal that departed between the baseline and the analysed window (the detector's tests and effect
 * gates, at a stricter p since nothing confirms it in a second window), against the whole baseline and against its
 * newest three minutes (so a slow drift is not taken for a cause), and what each points at: failed calls by
 * cause carry their own category (checked against the classifier); metric tails and other counts point at the
 * catalog entry the {@link CauseMap} names.
 */
final class DraftFinder {
    static final double ALPHA = 1e-4;
    /** Confidence of a cause inferred from a metric rather than read from an error message. */
    static final double INFERRED_MATCH = 0.6;
    /** Confidence of a category the records declared but the classifier did not confirm. */
    static final double DECLARED_MATCH = 0.5;

    private final DetectorConfig config;
    private final CauseMap causes;
    private final ErrorCategorizer categorizer;
    private final ErrorCatalog catalog;

    DraftFinder(DetectorConfig config, CauseMap causes, ErrorCategorizer categorizer, ErrorCatalog catalog) {
        this.config = config;
        this.causes = causes;
        this.categorizer = categorizer;
        this.catalog = catalog;
    }

    List<Draft> find(Profile p) {
        List<Draft> out = new ArrayList<>();
        for (SignalKey k : List.copyOf(p.analysis.counts().keySet())) {
            if (k.family() == Family.CAUSE) errors(p, k).ifPresent(out::add);
            else if (k.family() == Family.RAG_EMPTY || k.family() == Family.CACHE_MISS || k.family() == Family.TRUNCATED
                    || k.family() == Family.SESSION) count(p, k).ifPresent(out::add);
        }
        for (Metric m : Metric.values()) if (!causes.symptom(m)) tail(p, m).ifPresent(out::add);
        return out;
    }

    private Optional<Draft> errors(Profile p, SignalKey k) {
        RateComparison c = rate(p, k);
        if (!departs(c) || !departs(recentRate(p, k))) return Optional.empty();
        String category = k.name().substring(0, k.name().lastIndexOf('@'));
        Component component = causes.componentOf(category)
                .orElse(Component.ofLabel(k.name().substring(k.name().lastIndexOf('@') + 1)));
        CauseDetails d = p.causes.get(k);
        Optional<PatternMatch> match = d == null ? Optional.empty()
                : categorizer.match(d.type, d.code, d.message, d.service);
        ErrorPattern pattern;
        double confidence;
        if (match.isPresent() && match.get().category().equals(category)) {
            pattern = match.get().pattern();
            confidence = match.get().confidence();
        } else {
            String service = d == null ? null : d.service;
            pattern = catalog.patterns().stream().filter(e -> e.category().equals(category))
                    .filter(e -> service == null || e.appliesTo(io.fmscope.errors.Services.normalize(service)))
                    .findFirst().orElse(null);
            confidence = pattern == null ? 0 : DECLARED_MATCH;
        }
        long start = StartTimes.start(p, t -> t.count(k), t -> t.population(Population.CALLS));
        String summary = Summaries.rate(category + " errors from " + component.label(), c, "calls");
        return Optional.of(new Draft(k, null, Kind.ERRORS, pattern, category, component, confidence, c, Double.NaN, 0,
                start, summary));
    }

    private Optional<Draft> count(Profile p, SignalKey k) {
        RateComparison c = rate(p, k);
        Optional<ErrorPattern> pattern = causes.forCount(k);
        if (!departs(c) || !departs(recentRate(p, k)) || pattern.isEmpty()) return Optional.empty();
        Component component = switch (k.family()) {
            case RAG_EMPTY -> Component.OPENSEARCH;
            case CACHE_MISS -> Component.REDIS;
            case TRUNCATED -> Component.ORCHESTRATOR;
            default -> Component.of(pattern.get().upstreamServices().getFirst());
        };
        Kind kind = switch (k.family()) {
            case RAG_EMPTY -> Kind.RAG;
            case SESSION -> Kind.SESSION;
            default -> Kind.COST;
        };
        var pop = k.family().population();
        long start = StartTimes.start(p, t -> t.count(k), t -> t.population(pop));
        String summary = Summaries.rate(Summaries.describe(k), c, Summaries.records(pop));
        String category = pattern.get().category();
        return Optional.of(new Draft(k, null, kind, pattern.get(), category, causes.componentOf(category).orElse(component),
                INFERRED_MATCH, c, Double.NaN, 0, start, summary));
    }

    private Optional<Draft> tail(Profile p, Metric m) {
        LogHistogram now = p.analysis.histogram(m), before = p.baseline.histogram(m);
        Optional<ErrorPattern> pattern = causes.forMetric(m);
        if (now.count() == 0 || before.count() < config.minBaseline() || pattern.isEmpty()) return Optional.empty();
        TailTest.Result r = TailTest.compare(now, before, m.worseUp(), config.tailQuantile());
        if (!departs(r.rate()) || r.shift() < m.minDelta()) return Optional.empty();
        LogHistogram recent = p.recent.histogram(m);
        if (recent.count() >= config.minBaseline()) {
            TailTest.Result vsRecent = TailTest.compare(now, recent, m.worseUp(), config.tailQuantile());
            if (!departs(vsRecent.rate()) || vsRecent.shift() < m.minDelta()) return Optional.empty();
        }
        Kind kind = m.isLatency() ? Kind.SLOW : m == Metric.RAG_RELEVANCE ? Kind.RAG : Kind.COST;
        long start = StartTimes.start(p, t -> TailTest.beyond(t.histogram(m), r.edge(), m.worseUp()),
                t -> t.histogram(m).count());
        String summary = Summaries.tail(m, now, before, r);
        String category = pattern.get().category();
        return Optional.of(new Draft(null, m, kind, pattern.get(), category, causes.componentOf(category)
                .orElse(m.component()), INFERRED_MATCH, r.rate(), r.threshold(), 0, start, summary));
    }

    private boolean departs(RateComparison c) {
        return c.pValue() < ALPHA && c.x() >= config.minEvents() && config.largeEnough(c);
    }

    /** Against the newest minutes of the baseline; a too thin recent baseline does not veto. */
    private RateComparison recentRate(Profile p, SignalKey k) {
        Population pop = k.family().population();
        if (p.recent.population(pop) < config.minBaseline()) return rate(p, k);
        return rate(p.analysis, p.recent, k, pop);
    }

    static RateComparison rate(Profile p, SignalKey k) {
        Population pop = k.family().population();
        return rate(p.analysis, p.baseline, k, pop);
    }

    private static RateComparison rate(Tally now, Tally before, SignalKey k, Population pop) {
        return RateTest.compare(now.count(k), now.population(pop), before.count(k), before.population(pop));
    }
}
