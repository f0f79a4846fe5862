package io.fmscope.patterns.discovery;

import io.fmscope.errors.RemediationAction;
import io.fmscope.errors.Severity;
import io.fmscope.errors.prompt.Redactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the catalog entry of a promoted pattern as YAML in the user-catalog format of {@code docs/errors.md}.
 * Values the user did not give are placeholders that still load, each followed by a {@code # TODO} comment
 * saying what to fill in. Every scalar is single-quoted (only {@code '} needs escaping there) and characters
 * YAML does not allow are replaced by spaces.
 */
final class CatalogEntryYaml {
    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final int MAX_TEXT = 200;

    private CatalogEntryYaml() {
    }

    record Rendered(String yaml, List<String> placeholders) {
    }

    static Rendered render(String indent, DiscoveredPattern p, PromotionRequest r, String id, String regex, Instant now) {
        List<String> todo = new ArrayList<>();
        String pattern = Redactor.redact(p.pattern()); // a template seen once is its line, secrets included
        String f = indent + "  ";
        StringBuilder y = new StringBuilder();
        y.append(indent).append("# Promoted by fmscope on ").append(now).append(" from discovered pattern ")
            .append(p.templateId()).append(" of log group ").append(q(p.logGroup())).append(":\n");
        y.append(indent).append("#   ").append(clean(pattern, MAX_TEXT)).append('\n');
        y.append(indent).append("#   ").append(p.count()).append(" errors from ").append(p.firstSeen()).append(" to ")
            .append(p.lastSeen()).append(codes(p)).append('\n');
        if (!p.samples().isEmpty()) {
            y.append(indent).append("#   sample: ").append(clean(Redactor.redact(p.samples().getFirst()), MAX_TEXT)).append('\n');
        }
        y.append(indent).append("# Values marked TODO are placeholders: fill them in before relying on this entry.\n");
        y.append(indent).append("- pattern_id: ").append(q(id)).append('\n');
        field(y, f, "category", q(r.category()), null, todo);
        field(y, f, "name", q(r.name() != null ? r.name() : clean(pattern, 80)),
            r.name() != null ? null : "a short title", todo);
        field(y, f, "description", q("Discovered error pattern: " + clean(pattern, MAX_TEXT)),
            "describe the error in one sentence", todo);
        field(y, f, "regex_patterns", "[" + q(regex) + "]", null, todo);
        y.append(f).append("error_codes: []  # codes are not used: one shared by other errors would match them too\n");
        field(y, f, "root_cause", q("Not analysed yet"), "why it happens", todo);
        field(y, f, "impact", q("Not analysed yet"), "what the user sees", todo);
        field(y, f, "remediation", q(r.remediation() != null ? r.remediation() : RemediationAction.ALERT_OPS),
            r.remediation() != null ? null : "choose one of " + String.join(", ", RemediationAction.ALL), todo);
        field(y, f, "remediation_steps", "[" + q("1. Investigate the sample messages of this pattern") + "]",
            "the ordered remediation steps", todo);
        field(y, f, "severity", q(r.severity() != null ? r.severity() : Severity.MEDIUM),
            r.severity() != null ? null : "one of " + String.join(", ", Severity.ALL), todo);
        field(y, f, "is_transient", "false", "true if retrying can succeed", todo);
        field(y, f, "expected_frequency", q("Seen " + p.count() + " times from " + p.firstSeen() + " to " + p.lastSeen()),
            "the normal rate", todo);
        field(y, f, "assistant_prompt", q("Suggest a root cause and remediation for this error: " + clean(pattern, MAX_TEXT)),
            null, todo);
        field(y, f, "upstream_services", services(p), null, todo);
        return new Rendered(y.toString(), todo);
    }

    private static void field(StringBuilder y, String indent, String key, String value, String todo, List<String> todos) {
        y.append(indent).append(key).append(": ").append(value);
        if (todo != null) {
            y.append("  # TODO: ").append(todo);
            todos.add(key);
        }
        y.append('\n');
    }

    private static String services(DiscoveredPattern p) {
        List<String> s = p.services().top().stream().map(ValueCount::value).filter(v -> SERVICE.matcher(v).matches()).toList();
        if (s.isEmpty() || p.services().approximate()) return "['*']";
        return "[" + String.join(", ", s.stream().map(CatalogEntryYaml::q).toList()) + "]";
    }

    private static String codes(DiscoveredPattern p) {
        if (p.errorCodes().distinct() == 0) return "";
        return "; codes " + String.join(", ", p.errorCodes().top().stream().limit(5)
            .map(c -> clean(c.value(), 64) + " (" + c.count() + ")").toList());
    }

    /** A single-quoted YAML scalar. */
    static String q(String s) {
        return "'" + clean(s, Integer.MAX_VALUE).replace("'", "''") + "'";
    }

    /** Characters YAML allows in a one-line scalar or comment; others become spaces; cut at {@code max}. */
    static String clean(String s, int max) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max));
        int n = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (n++ == max) return sb + "...";
            int cp = s.codePointAt(i);
            sb.appendCodePoint(printable(cp) ? cp : ' ');
        }
        return sb.toString();
    }

    private static boolean printable(int cp) {
        return cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF
            || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
