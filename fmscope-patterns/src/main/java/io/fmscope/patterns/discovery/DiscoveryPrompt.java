package io.fmscope.patterns.discovery;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.RemediationAction;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.Severity;
import io.fmscope.errors.prompt.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The coding-assistant prompt for a mined error pattern, in the shape of the catalog's prompts
 * ({@link io.fmscope.errors.prompt.AssistantPrompt}): what is known, the evidence (counts, first seen, trend,
 * affected models and sessions, samples), and the question. For a new pattern the question asks for a root
 * cause and a remediation in catalog terms, so the answer can be promoted into the catalog. Samples are
 * redacted; session ids are counted, not listed.
 */
final class DiscoveryPrompt {
    static final int MAX_SAMPLE_CHARS = 1_000;
    private static final int LISTED_VALUES = 5;

    private DiscoveryPrompt() {
    }

    static String render(DiscoveredPattern p) {
        var sb = new StringBuilder();
        boolean isNew = p.status() == PatternStatus.NEW;
        sb.append(isNew ? "## New error pattern (not in the error catalog)\n\n" : "## Known error pattern\n\n");
        // a template seen once is its line: it can hold a secret as a constant
        sb.append("```\n").append(Redactor.redact(p.typedPattern())).append("\n```\n\n");
        line(sb, "Log group", p.logGroup());
        line(sb, "Template id", Long.toString(p.templateId()));
        line(sb, "Occurrences", p.count() + " (first seen " + p.firstSeen() + ", last seen " + p.lastSeen() + ")");
        if (p.trend() != null) {
            Duration bucket = Duration.between(p.trend().from(), p.trend().to()).dividedBy(p.trend().bucketCounts().size());
            line(sb, "Trend", String.format(Locale.ROOT,
                "%s from %s to %s (Mann-Kendall p=%.3f, Sen's slope %.2f per %s bucket), counts %s",
                p.trend().direction().label(), p.trend().from(), p.trend().to(), p.trend().test().pValue(),
                p.trend().test().senSlope(), human(bucket), p.trend().bucketCounts()));
        }
        line(sb, "Affected models", list(p.models()));
        line(sb, "Affected sessions", p.sessions().distinct() == 0 ? null
            : (p.sessions().approximate() ? "at least " : "") + p.sessions().distinct());
        line(sb, "Services", list(p.services()));
        line(sb, "Error codes", list(p.errorCodes()));
        line(sb, "Variable parts", p.tokenTypes().isEmpty() ? null : String.join(", ", p.tokenTypes()));
        sb.append("\n### What is known\n");
        ErrorPattern e = p.catalogEntry();
        if (isNew) {
            sb.append("No error-catalog entry matched ").append(p.count() == 1 ? "this error" : "any of these " + p.count() + " errors")
                .append(" above confidence ").append(ErrorClassifier.THRESHOLD).append(": there is no known root cause or remediation yet.\n");
        } else if (e == null) {
            sb.append("Matched catalog entry ").append(p.catalogPatternId()).append(", which is no longer in the catalog.\n");
        } else {
            sb.append("Matches catalog entry ").append(e.id()).append(" (").append(e.name()).append(", ")
                .append(e.category()).append(").\n- Root cause: ").append(e.rootCause())
                .append("\n- Remediation: ").append(e.remediation()).append('\n');
        }
        sb.append("\n### Sample messages (redacted)\n");
        for (String s : p.samples()) sb.append("```\n").append(sample(s)).append("\n```\n");
        sb.append("\n### Question\n");
        if (isNew) {
            sb.append("This error pattern is new to our error catalog. Suggest a root cause and remediation.\n")
                .append("\nAnswer with: (1) the most likely root cause given the messages and context, (2) what to check")
                .append(" first to confirm it, (3) the remediation, as one of ").append(String.join(", ", RemediationAction.ALL))
                .append(", with the code or configuration change, (4) whether retrying can succeed (transient) and a")
                .append(" severity (").append(String.join(", ", Severity.ALL)).append("), so it can be added to the catalog.\n");
        } else {
            sb.append(e == null ? "What is the most likely cause of these errors?" : e.assistantPrompt()).append('\n')
                .append("\nAnswer with: (1) the most likely cause given the messages and context, (2) what to check first")
                .append(" to confirm it, (3) the code or configuration change, with a short example.\n");
        }
        return sb.toString();
    }

    private static String list(ValueCounts v) {
        if (v.distinct() == 0) return null;
        List<ValueCount> top = v.top().subList(0, Math.min(LISTED_VALUES, v.distinct()));
        String s = top.stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "));
        int more = v.distinct() - top.size();
        return more > 0 || v.approximate() ? s + " and " + (v.approximate() ? "at least " : "") + more + " more" : s;
    }

    /** {@code 3m15s} rather than {@code PT3M15.000083S}. */
    static String human(Duration d) {
        Duration s = Duration.ofSeconds(Math.max(1, Math.round(d.toMillis() / 1000.0)));
        return s.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private static String sample(String s) {
        String r = Redactor.redact(s);
        return r.length() <= MAX_SAMPLE_CHARS ? r : r.substring(0, MAX_SAMPLE_CHARS) + " … [cut]";
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) sb.append("- ").append(label).append(": ").append(value).append('\n');
    }
}
