package io.fmscope.incidents.diagnose;

import io.fmscope.errors.Categories;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.errors.prompt.AssistantPrompt;
import io.fmscope.errors.trend.ErrorTrend;
import io.fmscope.errors.trend.MannKendall;
import io.fmscope.errors.trend.TrendResult;
import io.fmscope.incidents.facts.ErrorCategorizer;
import io.fmscope.incidents.facts.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assistant prompt of a hypothesis, rendered by the errors module's {@link AssistantPrompt}: for failed calls
 * from the first affected call's error with the cause's per-minute trend; for a metric or count from the
 * departure's numbers. A cause the catalog has no entry for gets a generic entry asking to add one.
 */
final class Prompts {
    static final ErrorPattern UNCLASSIFIED = new ErrorPattern("UNCLASSIFIED", Categories.UNKNOWN, "Unclassified error",
            "Errors that no catalog entry matches", List.of(), List.of(), "Unknown: no catalog entry matches these errors",
            "Unknown until classified", "ALERT_OPS", List.of("1. Look at the example events and their error types",
            "2. Run `fmscope errors discover` to see the new message templates",
            "3. Add a catalog entry for them (`fmscope errors promote`) so the next incident is classified"),
            "MEDIUM", false, "unknown", "These errors are not in my error catalog. What do they mean and how do I fix them?",
            List.of(), List.of("*"), List.of(), "built-in");

    private final ErrorCategorizer categorizer;

    Prompts(ErrorCategorizer categorizer) {
        this.categorizer = categorizer;
    }

    String render(Candidate c, Profile p, List<String> requestIds) {
        Draft lead = c.lead();
        ErrorPattern pattern = c.pattern() == null ? UNCLASSIFIED : c.pattern();
        CauseDetails d = lead.key() == null ? null : p.causes.get(lead.key());
        if (d != null) {
            Optional<PatternMatch> match = categorizer.match(d.type, d.code, d.message, d.service)
                    .filter(m -> m.pattern().id().equals(pattern.id()));
            PatternMatch m = match.orElse(new PatternMatch(pattern, lead.matchConfidence(),
                    "category:" + lead.category(), List.of(lead.summary())));
            ErrorInput input = ErrorInput.builder(ErrorCategorizer.text(d.type, d.message)).code(d.code)
                    .service(d.service).modelId(d.model).requestId(d.requestId).build();
            return AssistantPrompt.render(m, input, trend(c, p, d));
        }
        PatternMatch m = new PatternMatch(pattern, lead.matchConfidence(), "signal:" + lead.signal(),
                c.drafts().stream().map(Draft::summary).toList());
        ErrorInput input = ErrorInput.builder(lead.summary()).service(serviceOf(c))
                .requestId(requestIds.isEmpty() ? null : requestIds.getFirst()).build();
        return AssistantPrompt.render(m, input, null);
    }

    /** The cause's failed calls per minute over the analysed window, with the Mann-Kendall test. */
    private static ErrorTrend trend(Candidate c, Profile p, CauseDetails d) {
        long from = p.window.from(), to = p.window.to();
        int minutes = (int) Math.max(1, (to - from + 59_999) / 60_000);
        long[] counts = new long[minutes];
        Instant first = null, last = null;
        for (Map.Entry<Long, Tally> e : p.bins.entrySet()) {
            long n = e.getValue().count(c.lead().key());
            if (n == 0) continue;
            int i = (int) Math.min(minutes - 1, (e.getKey() - from) / 60_000);
            counts[i] += n;
            if (first == null) first = Instant.ofEpochMilli(e.getKey());
            last = Instant.ofEpochMilli(e.getKey() + Profile.BIN_MILLIS);
        }
        long total = 0;
        List<Long> buckets = new ArrayList<>(minutes);
        for (long n : counts) {
            total += n;
            buckets.add(n);
        }
        TrendResult test = MannKendall.test(counts, MannKendall.DEFAULT_ALPHA);
        return new ErrorTrend(c.category(), total, minutes, test.direction(), (double) total / minutes, first, last,
                d.sessions.size(), List.copyOf(d.models), buckets, test);
    }

    private static String serviceOf(Candidate c) {
        return switch (c.component()) {
            case BEDROCK, OPENSEARCH, DYNAMODB, REDIS, APIGATEWAY -> c.component().label();
            case ORCHESTRATOR -> "ecs";
            default -> null;
        };
    }
}
