package io.fmscope.errors.prompt;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.errors.trend.ErrorTrend;
import java.util.Locale;

/**
 * Renders the prompt for a coding assistant from a match (the seed's {@code generate_q_developer_prompt}).
 * Beyond the seed's fields it carries the evidence and confidence, the request context, the current trend
 * and the catalog's remediation steps, asks for a specific answer shape, and redacts and truncates the message.
 */
public final class AssistantPrompt {
    public static final int MAX_MESSAGE_CHARS = 2_000;

    private AssistantPrompt() {}

    /** {@code trend} may be null when nothing has been recorded for the category. */
    public static String render(PatternMatch match, ErrorInput input, ErrorTrend trend) {
        ErrorPattern p = match.pattern();
        var sb = new StringBuilder();
        sb.append("## Error: ").append(p.name()).append(" (").append(p.id()).append(")\n\n");
        line(sb, "Category", p.category());
        line(sb, "Severity", p.severity() + (p.transientError() ? ", transient" : ", not transient"));
        line(sb, "Matched by", match.matchedBy() + String.format(Locale.ROOT, " (confidence %.2f)", match.confidence()));
        line(sb, "Service", input.service());
        line(sb, "Operation", input.operation());
        line(sb, "HTTP status", input.httpStatus() == null ? null : input.httpStatus().toString());
        line(sb, "Error code", input.errorCode());
        line(sb, "Model", input.modelId());
        line(sb, "Request id", input.requestId());
        if (trend != null) line(sb, "Trend", String.format(Locale.ROOT,
                "%s: %d in the last %d min (%.2f/min, Mann-Kendall p=%.3f), %d sessions affected",
                trend.direction().label(), trend.count(), trend.windowMinutes(), trend.ratePerMinute(),
                trend.test().pValue(), trend.affectedSessions()));
        sb.append("\n### Error message\n```\n").append(message(input.message())).append("\n```\n\n");
        sb.append("### Known root cause\n").append(p.rootCause()).append("\n\n");
        sb.append("### Impact\n").append(p.impact()).append("\n\n");
        sb.append("### Current remediation (").append(p.remediation()).append(")\n");
        // Seed steps are already numbered ("1. ..."); others get a bullet.
        p.remediationSteps().forEach(step -> sb.append(step.matches("\\d+\\..*") ? "" : "- ").append(step).append('\n'));
        sb.append("\n### Question\n").append(p.assistantPrompt()).append('\n');
        sb.append("\nAnswer with: (1) the most likely cause given the message and context, (2) what to check first")
                .append(" to confirm it, (3) the code or configuration change, with a short example.\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) sb.append("- ").append(label).append(": ").append(value).append('\n');
    }

    private static String message(String message) {
        String redacted = Redactor.redact(message);
        if (redacted.length() <= MAX_MESSAGE_CHARS) return redacted;
        return redacted.substring(0, MAX_MESSAGE_CHARS) + "\n… [" + (redacted.length() - MAX_MESSAGE_CHARS) + " more characters]";
    }
}
