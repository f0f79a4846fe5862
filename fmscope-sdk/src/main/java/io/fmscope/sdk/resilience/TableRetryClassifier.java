package io.fmscope.sdk.resilience;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A table-driven classifier: the first rule whose needle occurs (case-insensitively) in the error
 * code or the message gives the category; category sets decide retry, timeout cost and fallback.
 */
public final class TableRetryClassifier implements RetryClassifier {

    /** One row: a substring to look for and the category it means. */
    public record Rule(String needle, String category) {
        public Rule {
            if (needle == null || needle.isBlank()) throw new IllegalArgumentException("blank needle");
            Objects.requireNonNull(category, "category");
        }
    }

    private final List<Rule> rules;
    private final Set<String> retryable;
    private final Set<String> timeouts;
    private final Set<String> fallback;

    public TableRetryClassifier(List<Rule> rules, Set<String> retryableCategories,
                                Set<String> timeoutCategories, Set<String> fallbackCategories) {
        this.rules = List.copyOf(rules);
        this.retryable = Set.copyOf(retryableCategories);
        this.timeouts = Set.copyOf(timeoutCategories);
        this.fallback = Set.copyOf(fallbackCategories);
    }

    @Override
    public Classification classify(String errorCode, String message) {
        String code = errorCode == null ? "" : errorCode;
        String haystack = (code + "\n" + (message == null ? "" : message)).toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (haystack.contains(r.needle().toLowerCase(Locale.ROOT))) {
                String c = r.category();
                return new Classification(code, c, retryable.contains(c), timeouts.contains(c), fallback.contains(c));
            }
        }
        return Classification.unknown(code);
    }
}
