package io.fmscope.sdk.cost;

import io.fmscope.sdk.cost.CatalogFile.ModelSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns {@link ModelSpec}s into {@link PricingEntry}s: complete entries for the built-in file, and an overlay of
 * a user file on a base catalog (a known tier keeps every field the user leaves out; a new tier needs
 * {@code match}, {@code input} and {@code output}). Errors name the file and the entry.
 */
final class CatalogMerge {

    private CatalogMerge() {
    }

    static List<PricingEntry> build(List<ModelSpec> specs, String file) {
        return overlay(List.of(), specs, file);
    }

    static List<PricingEntry> overlay(List<PricingEntry> base, List<ModelSpec> specs, String file) {
        Map<String, PricingEntry> byTier = new LinkedHashMap<>();
        Map<String, String> where = new HashMap<>();
        for (PricingEntry e : base) {
            byTier.put(e.tier(), e);
            where.put(e.tier(), "tier '" + e.tier() + "' of family '" + e.family() + "'");
        }
        for (ModelSpec s : specs) {
            try {
                PricingEntry old = byTier.get(s.tier());
                byTier.put(s.tier(), old == null ? create(s, file) : merge(old, s));
                where.put(s.tier(), s.location());
            } catch (IllegalArgumentException e) {
                throw new PricingCatalogException(file, s.location(), e.getMessage(), e);
            }
        }
        List<PricingEntry> entries = new ArrayList<>(byTier.values());
        requireUniquePrefixes(entries, where, file);
        return List.copyOf(entries);
    }

    private static PricingEntry create(ModelSpec s, String file) {
        if (s.match() == null || s.input() == null || s.output() == null) {
            throw new IllegalArgumentException("a new tier needs 'match', 'input' and 'output'");
        }
        PriceSheet prices = new PriceSheet(s.input(), s.output(), opt(s.cacheRead()), opt(s.cacheWrite()));
        return new PricingEntry(s.tier(), s.match(), prices, or(s.family(), "user"), s.region(), s.asOf(),
                or(s.source(), "pricing file " + file));
    }

    private static PricingEntry merge(PricingEntry old, ModelSpec s) {
        PriceSheet p = old.prices();
        PriceSheet prices = new PriceSheet(
                s.input() != null ? s.input() : p.inputPerMillion(),
                s.output() != null ? s.output() : p.outputPerMillion(),
                s.cacheRead() != null ? OptionalDouble.of(s.cacheRead()) : p.cacheReadPerMillion(),
                s.cacheWrite() != null ? OptionalDouble.of(s.cacheWrite()) : p.cacheWritePerMillion());
        return new PricingEntry(old.tier(), s.match() != null ? s.match() : old.match(), prices,
                or(s.family(), old.family()), or(s.region(), old.region()), or(s.asOf(), old.asOf()),
                or(s.source(), old.source()));
    }

    private static void requireUniquePrefixes(List<PricingEntry> entries, Map<String, String> where, String file) {
        Map<String, String> owner = new HashMap<>();
        for (PricingEntry e : entries) {
            for (String p : e.match()) {
                String other = owner.putIfAbsent(p, e.tier());
                if (other != null) {
                    throw new PricingCatalogException(file, where.get(e.tier()), "match prefix '" + p
                            + "' is already used by " + where.get(other) + "; each prefix may price only one tier");
                }
            }
        }
    }

    private static OptionalDouble opt(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
