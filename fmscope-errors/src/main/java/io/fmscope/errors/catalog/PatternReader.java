package io.fmscope.errors.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.RemediationAction;
import io.fmscope.errors.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates a merged raw entry and turns it into an {@link ErrorPattern}; every check names its field. */
final class PatternReader {
    static final List<String> REQUIRED = List.of("pattern_id", "category", "name", "description", "regex_patterns",
            "error_codes", "root_cause", "impact", "remediation", "remediation_steps", "severity", "is_transient",
            "expected_frequency", "assistant_prompt", "upstream_services");
    static final Set<String> FIELDS = fields();
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9_-]*|\\*");
    private static final Pattern TAXONOMY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private PatternReader() {}

    static boolean enabled(RawEntry e) {
        JsonNode node = e.fields.get("enabled");
        if (node != null && !node.isBoolean()) throw e.error("enabled", "must be true or false");
        return node == null || node.booleanValue();
    }

    static ErrorPattern read(RawEntry e) {
        for (String field : REQUIRED)
            if (!e.fields.containsKey(field)) throw e.error(field, "missing required field");
        List<String> regexes = strings(e, "regex_patterns");
        for (int i = 0; i < regexes.size(); i++) checkRegex(e, "regex_patterns[" + i + "]", regexes.get(i));
        List<String> codes = strings(e, "error_codes");
        if (regexes.isEmpty() && codes.isEmpty())
            throw e.error("regex_patterns", "an entry needs at least one regex or error code");
        String category = text(e, "category");
        if (!CATEGORY.matcher(category).matches()) throw e.error("category", "must match " + CATEGORY.pattern());
        String remediation = oneOf(e, "remediation", RemediationAction.ALL);
        String severity = oneOf(e, "severity", Severity.ALL);
        JsonNode transientNode = e.fields.get("is_transient");
        if (!transientNode.isBoolean()) throw e.error("is_transient", "must be true or false");
        List<String> services = strings(e, "upstream_services");
        if (services.isEmpty()) throw e.error("upstream_services", "list at least one service, or \"*\" for any");
        matchAll(e, "upstream_services", services, SERVICE);
        List<String> taxonomy = e.fields.containsKey("taxonomy_types") ? strings(e, "taxonomy_types") : List.of();
        matchAll(e, "taxonomy_types", taxonomy, TAXONOMY_TYPE);
        return new ErrorPattern(e.id, category, text(e, "name"), text(e, "description"), regexes, codes,
                text(e, "root_cause"), text(e, "impact"), remediation, strings(e, "remediation_steps"), severity,
                transientNode.booleanValue(), text(e, "expected_frequency"), text(e, "assistant_prompt"), taxonomy,
                services, statuses(e), e.originOf("pattern_id"));
    }

    private static void checkRegex(RawEntry e, String field, String regex) {
        try {
            RegexRules.compile(regex);
        } catch (java.util.regex.PatternSyntaxException ex) {
            throw e.error(field, "invalid regex '" + regex + "': " + ex.getDescription() + " at index " + ex.getIndex());
        } catch (IllegalArgumentException ex) {
            String reason = ex.getMessage() == null ? ex.toString() : ex.getMessage().replace('\n', ' ');
            throw e.error(field, "invalid regex '" + regex + "': " + reason);
        }
    }

    private static String text(RawEntry e, String field) {
        JsonNode node = e.fields.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) throw e.error(field, "must be a non-empty string");
        return node.textValue();
    }

    private static String oneOf(RawEntry e, String field, List<String> allowed) {
        String value = text(e, field);
        if (!allowed.contains(value)) throw e.error(field, "'" + value + "' is not one of " + allowed);
        return value;
    }

    private static List<String> strings(RawEntry e, String field) {
        JsonNode node = e.fields.get(field);
        if (node == null || !node.isArray()) throw e.error(field, "must be a list of strings");
        var out = new ArrayList<String>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) throw e.error(field + "[" + i + "]", "must be a non-empty string");
            out.add(item.textValue());
        }
        return out;
    }

    private static void matchAll(RawEntry e, String field, List<String> values, Pattern shape) {
        for (int i = 0; i < values.size(); i++)
            if (!shape.matcher(values.get(i)).matches())
                throw e.error(field + "[" + i + "]", "'" + values.get(i) + "' must match " + shape.pattern());
    }

    private static List<Integer> statuses(RawEntry e) {
        JsonNode node = e.fields.get("http_statuses");
        if (node == null) return List.of();
        if (!node.isArray()) throw e.error("http_statuses", "must be a list of HTTP status codes");
        var out = new ArrayList<Integer>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isInt() || item.intValue() < 100 || item.intValue() > 599)
                throw e.error("http_statuses[" + i + "]", "must be an integer between 100 and 599");
            out.add(item.intValue());
        }
        return out;
    }

    private static Set<String> fields() {
        var all = new java.util.LinkedHashSet<>(REQUIRED);
        all.addAll(List.of("taxonomy_types", "http_statuses", "enabled"));
        return java.util.Collections.unmodifiableSet(all);
    }

}
