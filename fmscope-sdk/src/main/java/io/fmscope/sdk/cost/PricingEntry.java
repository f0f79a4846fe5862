package io.fmscope.sdk.cost;

import java.util.List;
import java.util.Locale;

/**
 * One pricing tier of the catalog.
 *
 * @param tier     the name logged as {@code model_pricing_tier}, e.g. {@code anthropic.claude-3-sonnet}
 * @param match    model-id prefixes this tier prices (lower case; see {@link ModelIds} for the rules)
 * @param prices   USD per 1M tokens
 * @param family   the catalog family the tier was listed under
 * @param region   the AWS Region the prices were taken for
 * @param asOf     the date the prices were valid (ISO date as written in the file)
 * @param source   where the prices come from
 */
public record PricingEntry(String tier, List<String> match, PriceSheet prices,
                           String family, String region, String asOf, String source) {

    public PricingEntry {
        if (tier == null || tier.isBlank()) {
            throw new IllegalArgumentException("tier must be a non-empty name");
        }
        if (prices == null) {
            throw new IllegalArgumentException("prices are required");
        }
        if (match == null || match.isEmpty()) {
            throw new IllegalArgumentException("match must list at least one model-id prefix");
        }
        match = match.stream().map(PricingEntry::checkPattern).toList();
        if (match.stream().distinct().count() != match.size()) {
            throw new IllegalArgumentException("match lists the same prefix twice: " + match);
        }
        family = family == null ? "" : family;
        region = region == null ? "" : region;
        asOf = asOf == null ? "" : asOf;
        source = source == null ? "" : source;
    }

    private static String checkPattern(String raw) {
        String p = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("match prefix must be a non-empty id without spaces, got '" + raw + "'");
        }
        if (p.startsWith("arn:")) {
            throw new IllegalArgumentException("match prefix must be a model id, not an ARN: '" + raw + "'");
        }
        if (!Character.isLetterOrDigit(p.charAt(p.length() - 1))) {
            throw new IllegalArgumentException("match prefix must end with a letter or digit: '" + raw + "'");
        }
        return p;
    }
}
