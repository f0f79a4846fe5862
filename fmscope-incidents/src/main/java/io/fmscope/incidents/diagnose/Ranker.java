package io.fmscope.incidents.diagnose;

import io.fmscope.incidents.detect.DetectorConfig;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.Population;
import io.fmscope.incidents.facts.SignalKey;
import io.fmscope.incidents.facts.Tally;
import io.fmscope.incidents.stats.LogHistogram;
import io.fmscope.incidents.stats.TailTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks causes by explanatory power. Each kind of harm (failed, slow, costly calls, bad retrievals, broken
 * sessions) weighs as much as its excess of affected records; within a kind a cause gets its share (its excess
 * failed calls; for latency, its component's rise in mean time per call against every component's rise). The
 * score is {@code 0.5 * explained + 0.25 * precedence + 0.25 * catalog match}, halved for symptom categories:
 * what explains most of the harm, started first, and matches its catalog entry best comes first.
 */
final class Ranker {
    static final double W_EXPLAINED = 0.5, W_PRECEDENCE = 0.25, W_MATCH = 0.25;
    private static final double PRECEDENCE_SCALE_MS = 60_000;
    private static final List<Metric> LEAVES = List.of(Metric.API_GATEWAY, Metric.ORCHESTRATOR_PROCESSING,
            Metric.OPENSEARCH_QUERY, Metric.DYNAMODB_SESSION_LOOKUP, Metric.REDIS_CACHE_CHECK, Metric.BEDROCK_INVOKE,
            Metric.RESPONSE_PARSING, Metric.WEBSOCKET_DELIVERY);

    private final CauseMap causes;
    private final DetectorConfig config;

    Ranker(CauseMap causes, DetectorConfig config) {
        this.causes = causes;
        this.config = config;
    }

    List<Candidate> rank(Profile p, List<Draft> drafts) {
        if (drafts.isEmpty()) return List.of();
        Map<Kind, Double> kindShare = kindShares(p, drafts);
        List<Draft> shared = withinKindShares(p, drafts);
        long first = shared.stream().mapToLong(Draft::startedAt).min().orElse(p.window.from());
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : shared) groups.computeIfAbsent(d.category() + "@" + d.component().label(), k -> new ArrayList<>()).add(d);
        foldIntoErrors(groups);
        List<Candidate> out = new ArrayList<>();
        for (List<Draft> g : groups.values()) {
            // Error drafts first (an error message names its cause), then strongest first; near ties go to the more
            // specific signal (a leaf latency before the retrieval total).
            g.sort(Comparator.comparingInt((Draft d) -> d.kind() == Kind.ERRORS ? 0 : 1)
                    .thenComparingDouble(d -> -Math.round(100 * kindShare.get(d.kind()) * d.shareInKind()))
                    .thenComparing(d -> d.metric() == null || LEAVES.contains(d.metric()) ? 0 : 1));
            Map<Kind, Double> best = new EnumMap<>(Kind.class);
            for (Draft d : g) best.merge(d.kind(), d.shareInKind(), Math::max);
            double explained = best.entrySet().stream().mapToDouble(e -> kindShare.get(e.getKey()) * e.getValue()).sum();
            long start = g.stream().mapToLong(Draft::startedAt).min().orElseThrow();
            double precedence = Math.exp(-(start - first) / PRECEDENCE_SCALE_MS);
            double match = g.stream().mapToDouble(Draft::matchConfidence).max().orElse(0);
            Draft lead = g.getFirst();
            boolean symptom = causes.symptom(lead.category());
            double score = (W_EXPLAINED * explained + W_PRECEDENCE * precedence + W_MATCH * match) * (symptom ? 0.5 : 1);
            var pattern = g.stream().map(Draft::pattern).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            out.add(new Candidate(lead.category(), lead.component(), pattern, g, explained, precedence, match, symptom,
                    score, start));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::startedAt));
        return out;
    }

    /**
     * A cause inferred only from metrics or counts, in a component where failed calls name a cause of their own,
     * is taken as that cause's consequence (retries make Bedrock slow when it throttles; a broken token budget
     * grows prompts and then fails them): its drafts join the error cause with the most excess failures there.
     */
    private static void foldIntoErrors(Map<String, List<Draft>> groups) {
        for (var it = groups.entrySet().iterator(); it.hasNext(); ) {
            List<Draft> g = it.next().getValue();
            if (g.stream().anyMatch(d -> d.kind() == Kind.ERRORS)) continue;
            List<Draft> target = null;
            double best = -1;
            for (List<Draft> other : groups.values()) {
                if (other == g || other.getFirst().component() != g.getFirst().component()) continue;
                double errors = other.stream().filter(d -> d.kind() == Kind.ERRORS).mapToDouble(Draft::shareInKind).sum();
                if (errors > 0 && errors > best) {
                    best = errors;
                    target = other;
                }
            }
            if (target != null) {
                target.addAll(g);
                it.remove();
            }
        }
    }

    /** Each kind's excess affected records as a share of all kinds' (kinds without a draft weigh nothing). */
    private Map<Kind, Double> kindShares(Profile p, List<Draft> drafts) {
        Map<Kind, Double> size = new EnumMap<>(Kind.class);
        for (Draft d : drafts) size.merge(d.kind(), d.rate().excessEvents(), Math::max);
        size.computeIfPresent(Kind.ERRORS, (k, v) -> Math.max(v, DraftFinder.rate(p, SignalKey.of(Family.ERRORS)).excessEvents()));
        size.computeIfPresent(Kind.SLOW, (k, v) -> Math.max(v, tailExcess(p, Metric.TOTAL_E2E)));
        size.computeIfPresent(Kind.COST, (k, v) -> Math.max(v, tailExcess(p, Metric.COST)));
        double total = size.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Kind, Double> share = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) share.put(k, total > 0 ? size.getOrDefault(k, 0.0) / total : 0);
        return share;
    }

    private double tailExcess(Profile p, Metric m) {
        LogHistogram before = p.baseline.histogram(m);
        if (before.count() == 0) return 0;
        return TailTest.compare(p.analysis.histogram(m), before, m.worseUp(), config.tailQuantile()).rate().excessEvents();
    }

    private static List<Draft> withinKindShares(Profile p, List<Draft> drafts) {
        Map<Kind, Double> totals = new EnumMap<>(Kind.class);
        double latencyRise = 0;
        for (Metric m : LEAVES) latencyRise += Math.max(0, contributionRise(p, m));
        for (Draft d : drafts) if (d.kind() != Kind.SLOW) totals.merge(d.kind(), d.rate().excessEvents(), Double::sum);
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            double share;
            if (d.kind() == Kind.SLOW) share = latencyRise > 0 ? Math.min(1, Math.max(0, contributionRise(p, d.metric())) / latencyRise) : 0;
            else share = totals.get(d.kind()) > 0 ? d.rate().excessEvents() / totals.get(d.kind()) : 0;
            out.add(d.withShare(share));
        }
        return out;
    }

    /** How much a latency component's mean time per call rose (its mean when measured times how often it is). */
    static double contributionRise(Profile p, Metric m) {
        return contribution(p.analysis, m) - contribution(p.baseline, m);
    }

    private static double contribution(Tally t, Metric m) {
        LogHistogram h = t.histogram(m);
        long records = t.population(m.population() == Population.RETRIEVALS ? Population.RETRIEVALS : Population.CALLS);
        if (h.count() == 0 || records == 0) return 0;
        return h.mean() * h.count() / records;
    }
}
