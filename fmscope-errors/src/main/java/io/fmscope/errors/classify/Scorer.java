package io.fmscope.errors.classify;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scoring rules (documented in docs/errors.md). Base confidence follows the seed: 0.95 for an error-code
 * match, 0.85 for a regex match. fmscope adds: a code that several entries claim (ValidationException) is weak
 * on its own (0.70) and only keeps 0.95 where the entry's regex also matches; code and regex together +0.02;
 * the caller's upstream service +0.01 when the entry names it, -0.25 when it names others; the HTTP status
 * +0.01 when listed, -0.10 when the entry lists others. Ties go to the more specific regex, then catalog order.
 */
final class Scorer {
    static final double CODE = 0.95;
    static final double REGEX = 0.85;
    static final double SHARED_CODE_ALONE = 0.70;
    static final double CORROBORATED = 0.02;
    static final double CONTEXT_AGREES = 0.01;
    static final double SERVICE_DISAGREES = -0.25;
    static final double STATUS_DISAGREES = -0.10;

    private final Map<String, Integer> codeOwners;

    Scorer(Map<String, Integer> codeOwners) {
        this.codeOwners = codeOwners;
    }

    /** The entry's match against the (already bounded) text, or null when neither code nor regex matches. */
    Scored score(CompiledEntry entry, ErrorInput in, String text) {
        var evidence = new ArrayList<String>();
        String code = in.errorCode() == null ? null : in.errorCode().toLowerCase(Locale.ROOT);
        boolean codeMatch = code != null && entry.codes().contains(code);
        String firstRegex = null;
        int specificity = 0;
        for (int i = 0; i < entry.regexes().size(); i++) {
            Pattern regex = entry.regexes().get(i);
            if (regex.matcher(text).find()) {
                String source = entry.pattern().regexPatterns().get(i);
                if (firstRegex == null) firstRegex = source;
                specificity = Math.max(specificity, entry.specificity().get(i));
                evidence.add("regex:" + source);
            }
        }
        if (!codeMatch && firstRegex == null) return null;
        double confidence;
        String matchedBy;
        if (codeMatch) {
            boolean shared = codeOwners.getOrDefault(code, 0) > 1;
            confidence = shared && firstRegex == null ? SHARED_CODE_ALONE : CODE;
            matchedBy = "error_code:" + in.errorCode();
            evidence.addFirst(matchedBy + (shared ? " (shared)" : ""));
            if (firstRegex != null) confidence += CORROBORATED;
        } else {
            confidence = REGEX;
            matchedBy = "regex:" + firstRegex;
        }
        confidence += service(entry, in, evidence) + status(entry, in, evidence);
        confidence = Math.max(0, Math.min(1, confidence));
        return new Scored(new PatternMatch(entry.pattern(), round(confidence), matchedBy, evidence), specificity);
    }

    private static double service(CompiledEntry entry, ErrorInput in, java.util.List<String> evidence) {
        if (in.service() == null || entry.pattern().upstreamServices().contains(io.fmscope.errors.Services.ANY)) return 0;
        boolean agrees = entry.pattern().appliesTo(in.service());
        evidence.add("service:" + in.service() + (agrees ? " (+)" : " (-)"));
        return agrees ? CONTEXT_AGREES : SERVICE_DISAGREES;
    }

    private static double status(CompiledEntry entry, ErrorInput in, java.util.List<String> evidence) {
        if (in.httpStatus() == null || entry.pattern().httpStatuses().isEmpty()) return 0;
        boolean agrees = entry.pattern().httpStatuses().contains(in.httpStatus());
        evidence.add("status:" + in.httpStatus() + (agrees ? " (+)" : " (-)"));
        return agrees ? CONTEXT_AGREES : STATUS_DISAGREES;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** A match plus the specificity used to break confidence ties. */
    record Scored(PatternMatch match, int specificity) {}
}
