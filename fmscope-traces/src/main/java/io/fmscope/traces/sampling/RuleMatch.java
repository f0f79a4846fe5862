package io.fmscope.traces.sampling;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import java.util.Map;
import java.util.Set;

/**
 * The conditions of a rule; all must hold. Strings are {@link Wildcard}s against the root span (service, name,
 * HTTP method, URL path); {@code attributes} must each match some span's attribute (as text);
 * {@code anyOutcome} needs one of the flags somewhere in the trace; durations are in [min, max).
 */
public record RuleMatch(Wildcard service, Wildcard name, Wildcard httpMethod, Wildcard urlPath,
                        Map<String, Wildcard> attributes, Set<OutcomeFlag> anyOutcome, long minDurationNanos,
                        long maxDurationNanos) {
    public static final RuleMatch ALL = new RuleMatch(Wildcard.ANY, Wildcard.ANY, Wildcard.ANY, Wildcard.ANY,
            Map.of(), Set.of(), 0, Long.MAX_VALUE);

    public RuleMatch {
        attributes = Map.copyOf(attributes);
        anyOutcome = Set.copyOf(anyOutcome);
    }

    public boolean matches(TraceFacts t) {
        if (t.durationNanos() < minDurationNanos || t.durationNanos() >= maxDurationNanos) return false;
        if (!anyOutcome.isEmpty() && anyOutcome.stream().noneMatch(t::has)) return false;
        if (!service.matches(t.rootService()) || !name.matches(t.rootName())) return false;
        if (!httpMethod.matches(t.httpMethod()) || !urlPath.matches(t.urlPath())) return false;
        for (Map.Entry<String, Wildcard> e : attributes.entrySet()) {
            if (!anySpanHas(t, e.getKey(), e.getValue())) return false;
        }
        return true;
    }

    private static boolean anySpanHas(TraceFacts t, String key, Wildcard value) {
        for (Span s : t.spans()) {
            AttributeValue v = s.attributes().get(key);
            if (v == null) v = s.annotations().get(key);
            if (v != null && value.matches(v.asText())) return true;
        }
        return false;
    }
}
