package io.fmscope.cli.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.classify.PatternMatch;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON output in the catalog's own snake_case field names. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> match(int rank, PatternMatch m) {
        var out = new LinkedHashMap<String, Object>();
        out.put("rank", rank);
        out.put("category", m.category());
        out.put("pattern_id", m.patternId());
        out.put("name", m.pattern().name());
        out.put("confidence", m.confidence());
        out.put("matched_by", m.matchedBy());
        out.put("evidence", m.evidence());
        out.put("remediation", m.remediation());
        out.put("severity", m.pattern().severity());
        out.put("is_transient", m.pattern().transientError());
        return out;
    }

    static Map<String, Object> pattern(ErrorPattern p) {
        var out = new LinkedHashMap<String, Object>();
        out.put("pattern_id", p.id());
        out.put("category", p.category());
        out.put("name", p.name());
        out.put("description", p.description());
        out.put("regex_patterns", p.regexPatterns());
        out.put("error_codes", p.errorCodes());
        out.put("root_cause", p.rootCause());
        out.put("impact", p.impact());
        out.put("remediation", p.remediation());
        out.put("remediation_steps", p.remediationSteps());
        out.put("severity", p.severity());
        out.put("is_transient", p.transientError());
        out.put("expected_frequency", p.expectedFrequency());
        out.put("assistant_prompt", p.assistantPrompt());
        out.put("taxonomy_types", p.taxonomyTypes());
        out.put("upstream_services", p.upstreamServices());
        out.put("http_statuses", p.httpStatuses());
        out.put("source", p.source());
        return out;
    }
}
