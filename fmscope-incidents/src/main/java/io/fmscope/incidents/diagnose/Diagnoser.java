package io.fmscope.incidents.diagnose;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.diagnose.Hypothesis.Evidence;
import io.fmscope.incidents.diagnose.Hypothesis.ExampleEvent;
import io.fmscope.incidents.facts.ErrorCategorizer;
import io.fmscope.incidents.facts.FactExtractor;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.Population;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.facts.Tally;
import io.fmscope.incidents.stats.LogHistogram;
import io.fmscope.patterns.TemplateMiner;
import io.fmscope.storage.LogStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Diagnoses an incident or a time range from the stored logs: one pass profiles the window and the healthy
 * baseline before it, every departed signal becomes a draft cause, drafts naming the same category and component
 * merge into hypotheses ranked by explanatory power ({@link Ranker}), and the best get their evidence (Logs
 * Insights queries run over the store), examples, the catalog's remediation and the assistant prompt.
 * Thread-safe: each call works on its own state.
 */
public final class Diagnoser {
    public static final int MAX_HYPOTHESES = 3;
    /** An incident is analysed from this long before it opened (a fault shows before it is confirmed). */
    public static final Duration LOOKBACK = Duration.ofMinutes(2);
    /** At most this much of a long incident is analysed: what started it is at its beginning. */
    public static final Duration MAX_ANALYSIS = Duration.ofHours(1);
    private static final int MAX_SERIES_ROWS = 40;

    private final LogStore store;
    private final ErrorCatalog catalog;
    private final DetectorConfig config;
    private final CauseMap causes;

    public Diagnoser(LogStore store, ErrorCatalog catalog, DetectorConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.config = config;
        this.causes = CauseMap.builtIn(catalog);
    }

    /** Diagnoses an incident; {@code dataNow} ends the window of an incident still open. */
    public Diagnosis diagnose(Incident incident, Instant dataNow) {
        long from = incident.openedAt().toEpochMilli() - LOOKBACK.toMillis();
        long end = incident.closedAt() != null ? incident.closedAt().toEpochMilli() : dataNow.toEpochMilli();
        long to = Math.max(incident.openedAt().toEpochMilli() + 1, Math.min(end, from + MAX_ANALYSIS.toMillis()));
        return diagnose(incident.id(), new Window(from - config.baselineWindow().toMillis(), from, to));
    }

    /** Diagnoses the range {@code [from, to)} against the baseline window before it. */
    public Diagnosis diagnose(Instant from, Instant to) {
        long f = from.toEpochMilli(), t = Math.max(f + 1, to.toEpochMilli());
        return diagnose(null, new Window(f - config.baselineWindow().toMillis(), f, t));
    }

    private Diagnosis diagnose(String incidentId, Window w) {
        ErrorCategorizer categorizer = new ErrorCategorizer(catalog);
        FactExtractor extractor = new FactExtractor(categorizer, new TemplateMiner(), true);
        Profile p = Profile.read(StoreEvents.of(store, w.baselineFrom(), w.to()), w, extractor);
        List<Candidate> ranked = new Ranker(causes, config).rank(p, new DraftFinder(config, causes, categorizer, catalog).find(p));
        EvidenceRunner runner = new EvidenceRunner(store);
        Prompts prompts = new Prompts(categorizer);
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (Candidate c : ranked.subList(0, Math.min(MAX_HYPOTHESES, ranked.size())))
            hypotheses.add(hypothesis(hypotheses.size() + 1, c, p, runner, prompts));
        List<String> notes = new ArrayList<>();
        if (p.baseline.population(Population.CALLS) < config.minBaseline())
            notes.add("the baseline window holds only " + p.baseline.population(Population.CALLS)
                    + " FM calls; rates before the window are uncertain");
        if (ranked.isEmpty()) notes.add("no signal departed from the baseline in this window");
        if (ranked.size() > MAX_HYPOTHESES)
            notes.add((ranked.size() - MAX_HYPOTHESES) + " weaker hypotheses not shown: "
                    + String.join(", ", ranked.subList(MAX_HYPOTHESES, ranked.size()).stream()
                    .map(c -> c.category() + "@" + c.component().label()).toList()));
        return new Diagnosis(incidentId, Instant.ofEpochMilli(w.from()), Instant.ofEpochMilli(w.to()),
                Instant.ofEpochMilli(w.baselineFrom()), Instant.ofEpochMilli(w.from()), traffic(p), hypotheses, notes);
    }

    private Hypothesis hypothesis(int rank, Candidate c, Profile p, EvidenceRunner runner, Prompts prompts) {
        long seriesFrom = Math.max(p.window.baselineFrom(), p.window.from() - Duration.ofMinutes(5).toMillis());
        String bin = bin(p.window.to() - seriesFrom);
        List<Evidence> evidence = new ArrayList<>();
        for (Draft d : c.drafts().subList(0, Math.min(2, c.drafts().size()))) {
            CauseDetails details = d.key() == null ? null : p.causes.get(d.key());
            evidence.add(runner.run(d.summary(), QueryTexts.series(d, details, bin), seriesFrom, p.window.to()).evidence());
        }
        Draft lead = c.lead();
        long exampleTo = Math.min(p.window.to(), lead.startedAt() + Duration.ofMinutes(5).toMillis());
        EvidenceRunner.Result examples = runner.run("the first affected records",
                QueryTexts.examples(lead, lead.key() == null ? null : p.causes.get(lead.key())), lead.startedAt(), exampleTo);
        evidence.add(examples.evidence());
        List<String> requestIds = EvidenceRunner.column(examples.evidence(), "metadata.request_id", "request_id");
        List<String> traceIds = EvidenceRunner.column(examples.evidence(), "metadata.trace_id", "trace_id");
        List<ExampleEvent> events = examples.examples().subList(0, Math.min(3, examples.examples().size()));
        var pattern = c.pattern();
        return new Hypothesis(rank, c.category(), pattern == null || pattern.taxonomyTypes().isEmpty() ? null
                : pattern.taxonomyTypes().getFirst(), pattern == null ? null : pattern.id(),
                pattern == null ? null : pattern.name(), c.component().label(), Instant.ofEpochMilli(c.startedAt()),
                round(c.score()), new Hypothesis.Scores(round(c.explained()), round(c.precedence()), round(c.match()),
                c.symptom()), lead.summary(), c.drafts().stream().map(Draft::signal).toList(), evidence, requestIds,
                traceIds, events, pattern == null ? Prompts.UNCLASSIFIED.remediation() : pattern.remediation(),
                (pattern == null ? Prompts.UNCLASSIFIED : pattern).remediationSteps(), prompts.render(c, p, requestIds));
    }

    /** A bin size that keeps the series under about 40 rows. */
    static String bin(long spanMillis) {
        long minutes = Math.max(1, (spanMillis / 60_000 + MAX_SERIES_ROWS - 1) / MAX_SERIES_ROWS);
        for (long b : new long[] {1, 2, 5, 10, 15, 30}) if (minutes <= b) return b + "m";
        return "1h";
    }

    private static Diagnosis.TrafficSummary traffic(Profile p) {
        Tally a = p.analysis, b = p.baseline;
        return new Diagnosis.TrafficSummary(a.population(Population.CALLS), b.population(Population.CALLS),
                errorRate(a), errorRate(b), q(a, 0.5), q(a, 0.99), q(b, 0.5), q(b, 0.99),
                round(cost(a) / p.analysisHours()), round(cost(b) / p.baselineHours()));
    }

    private static double errorRate(Tally t) {
        long calls = t.population(Population.CALLS);
        return calls == 0 ? 0 : round((double) t.count(SignalKey.of(Family.ERRORS)) / calls);
    }

    private static double q(Tally t, double q) {
        LogHistogram h = t.histogram(Metric.TOTAL_E2E);
        return h.count() == 0 ? 0 : Math.round(h.quantile(q));
    }

    private static double cost(Tally t) {
        LogHistogram h = t.histogram(Metric.COST);
        return h.count() == 0 ? 0 : h.mean() * h.count();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
