package io.fmscope.errors.classify;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.prompt.AssistantPrompt;
import io.fmscope.errors.trend.ErrorStats;
import io.fmscope.errors.trend.ErrorTrend;
import io.fmscope.errors.trend.MannKendall;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies error messages against the catalog and keeps per-category counts and trends.
 *
 * <p>Thread-safe: the compiled catalog is immutable and the statistics are concurrent. Regexes only see the
 * first {@value #MAX_SCAN_CHARS} characters of a message, which bounds matching time. {@link #classify} never
 * throws for odd input (null message, unknown service): an application can call it on its error path.
 */
public final class ErrorClassifier {
    /** Confidence a match must exceed to be reported (the seed's threshold). */
    public static final double THRESHOLD = 0.5;
    public static final int MAX_SCAN_CHARS = 8 * 1024;

    private final List<CompiledEntry> entries;
    private final Scorer scorer;
    private final ErrorStats stats;

    public ErrorClassifier(ErrorCatalog catalog, Clock clock) {
        this(catalog, new ErrorStats(clock));
    }

    public ErrorClassifier(ErrorCatalog catalog, ErrorStats stats) {
        this.entries = catalog.patterns().stream().map(CompiledEntry::of).toList();
        var owners = new HashMap<String, Integer>();
        entries.forEach(e -> e.codes().forEach(c -> owners.merge(c, 1, Integer::sum)));
        this.scorer = new Scorer(Map.copyOf(owners));
        this.stats = stats;
    }

    /** The built-in catalog plus {@code FMSCOPE_ERROR_CATALOG} files, on the system clock. */
    public static ErrorClassifier withDefaults() {
        return new ErrorClassifier(ErrorCatalog.fromEnvironment(), Clock.systemUTC());
    }

    /** Ranked matches above {@link #THRESHOLD}, best first; records nothing. */
    public List<PatternMatch> match(ErrorInput input) {
        String text = input.message().length() > MAX_SCAN_CHARS ? input.message().substring(0, MAX_SCAN_CHARS) : input.message();
        ErrorInput enriched = MessageContext.enrich(input, text);
        var scored = new ArrayList<Scorer.Scored>();
        for (CompiledEntry entry : entries) {
            Scorer.Scored s = scorer.score(entry, enriched, text);
            if (s != null && s.match().confidence() > THRESHOLD) scored.add(s);
        }
        // Stable sort: equal confidence and specificity keep catalog order.
        scored.sort(Comparator.comparingDouble((Scorer.Scored s) -> s.match().confidence()).reversed()
                .thenComparing(Comparator.comparingInt(Scorer.Scored::specificity).reversed()));
        return scored.stream().map(Scorer.Scored::match).toList();
    }

    /** Like {@link #match}, and counts the top match's category (one error, one category) for trends. */
    public List<PatternMatch> classify(ErrorInput input) {
        try {
            ErrorInput in = input == null ? ErrorInput.of("") : input;
            List<PatternMatch> matches = match(in);
            if (!matches.isEmpty())
                stats.record(matches.getFirst().category(), in.sessionId(), in.modelId());
            return matches;
        } catch (RuntimeException e) {
            return List.of(); // classification is diagnostics; it must not fail the caller's error handling
        }
    }

    /** The input with code, service, operation and status filled from the message text where absent. */
    public ErrorInput enrich(ErrorInput input) {
        String m = input.message();
        return MessageContext.enrich(input, m.length() > MAX_SCAN_CHARS ? m.substring(0, MAX_SCAN_CHARS) : m);
    }

    public Map<String, Long> counts() { return stats.counts(); }

    /** Trend of a category over the window ending now, in 12 buckets, tested at alpha 0.05. */
    public Optional<ErrorTrend> trend(String category, Duration window) {
        return stats.trend(category, window, 12, MannKendall.DEFAULT_ALPHA);
    }

    public Optional<ErrorTrend> trend(String category, Duration window, int buckets, double alpha) {
        return stats.trend(category, window, buckets, alpha);
    }

    /** The assistant prompt for a match, with the category's trend over the last hour when there is one. */
    public String assistantPrompt(PatternMatch match, ErrorInput input) {
        return AssistantPrompt.render(match, enrich(input), trend(match.category(), Duration.ofHours(1)).orElse(null));
    }

    public ErrorStats stats() { return stats; }
}
