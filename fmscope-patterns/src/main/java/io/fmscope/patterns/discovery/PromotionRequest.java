package io.fmscope.patterns.discovery;

/**
 * What the user decides when promoting a discovered pattern into a catalog file. Only the category is
 * required; everything left null becomes a placeholder marked {@code # TODO} in the YAML.
 *
 * @param patternId   the new entry's id; null for the next free {@code USR-NNN}
 * @param category    an existing category or the user's own ({@code [A-Z][A-Z0-9_]*})
 * @param remediation one of the remediation actions; null for the {@code ALERT_OPS} placeholder
 * @param name        a short title; null for the template text
 * @param severity    LOW, MEDIUM, HIGH or CRITICAL; null for the {@code MEDIUM} placeholder
 */
public record PromotionRequest(String patternId, String category, String remediation, String name, String severity) {
    public PromotionRequest {
        if (category == null || category.isBlank()) throw new IllegalArgumentException("a category is required");
    }

    public static PromotionRequest of(String patternId, String category) {
        return new PromotionRequest(patternId, category, null, null, null);
    }
}
