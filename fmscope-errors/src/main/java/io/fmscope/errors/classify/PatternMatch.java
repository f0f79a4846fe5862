package io.fmscope.errors.classify;

import io.fmscope.errors.ErrorPattern;
import java.util.List;

/**
 * A catalog entry that matched an error. {@code matchedBy} is the signal that set the base confidence
 * ({@code error_code:X} or {@code regex:R}); {@code evidence} lists every signal, context adjustments included.
 */
public record PatternMatch(ErrorPattern pattern, double confidence, String matchedBy, List<String> evidence) {
    public PatternMatch {
        evidence = List.copyOf(evidence);
    }

    public String category() { return pattern.category(); }

    public String patternId() { return pattern.id(); }

    public String remediation() { return pattern.remediation(); }
}
