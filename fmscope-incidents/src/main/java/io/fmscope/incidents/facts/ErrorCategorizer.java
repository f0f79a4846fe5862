package io.fmscope.incidents.facts;

import io.fmscope.errors.Categories;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every failed call a catalog category. The record's own {@code error.root_cause_category} wins when it
 * names a category the catalog knows (the SDK writes the classifier's answer there); otherwise the error's
 * type, code, message and service go through the errors module's classifier; a call with no error object falls
 * back to its status. Results are cached per distinct error text. Not thread-safe (the cache).
 */
public final class ErrorCategorizer {
    private static final int CACHE_SIZE = 4096;
    private final ErrorClassifier classifier;
    private final Set<String> known = new HashSet<>(Categories.all());
    private final Map<String, Optional<PatternMatch>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Optional<PatternMatch>> e) {
            return size() > CACHE_SIZE;
        }
    };

    public ErrorCategorizer(ErrorCatalog catalog) {
        this.classifier = new ErrorClassifier(catalog, Clock.systemUTC());
        for (ErrorPattern p : catalog.patterns()) known.add(p.category());
    }

    /** The category of a failed call; never null ({@code UNKNOWN} when nothing fits). */
    public String category(String rootCause, String type, String code, String message, String service, String status) {
        String declared = rootCause == null ? null : rootCause.trim().toUpperCase(Locale.ROOT);
        if (declared != null && known.contains(declared) && !declared.equals(Categories.UNKNOWN)) return declared;
        Optional<PatternMatch> match = match(type, code, message, service);
        if (match.isPresent()) return match.get().category();
        return ofStatus(status);
    }

    /** The classifier's best catalog match for an error, cached. */
    public Optional<PatternMatch> match(String type, String code, String message, String service) {
        if (blank(type) && blank(code) && blank(message)) return Optional.empty();
        String text = text(type, message);
        String key = text + '\u0000' + code + '\u0000' + service;
        return cache.computeIfAbsent(key, k -> {
            List<PatternMatch> matches = classifier.match(ErrorInput.builder(text).code(blank(code) ? type : code)
                    .service(service).build());
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches.getFirst());
        });
    }

    public ErrorClassifier classifier() {
        return classifier;
    }

    /** The category a status alone implies. */
    public static String ofStatus(String status) {
        if (status == null) return Categories.UNKNOWN;
        return switch (status) {
            case "THROTTLED" -> Categories.MODEL_THROTTLE;
            case "TIMEOUT" -> Categories.MODEL_TIMEOUT;
            case "CONTENT_FILTERED" -> Categories.CONTENT_FILTER;
            default -> Categories.UNKNOWN;
        };
    }

    /** The text the classifier and the template miner see: {@code type: message}. */
    public static String text(String type, String message) {
        if (blank(type)) return message == null ? "" : message;
        if (blank(message) || message.startsWith(type)) return blank(message) ? type : message;
        return type + ": " + message;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
