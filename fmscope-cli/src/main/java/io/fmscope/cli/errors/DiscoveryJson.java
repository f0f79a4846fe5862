package io.fmscope.cli.errors;

import io.fmscope.patterns.discovery.DiscoveredPattern;
import io.fmscope.patterns.discovery.DiscoveryReport;
import io.fmscope.patterns.discovery.PatternStatus;
import io.fmscope.patterns.discovery.ValueCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON output of {@code errors discover}, in snake_case like the rest of {@code fmscope errors}. */
final class DiscoveryJson {
    private DiscoveryJson() {
    }

    static Map<String, Object> document(List<DiscoveryReport> reports, long skipped) {
        List<Object> groups = new ArrayList<>();
        for (DiscoveryReport r : reports) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("log_group", r.logGroup());
            g.put("as_of", r.asOf().toString());
            g.put("events", r.events());
            g.put("overflow", r.overflow());
            g.put("known", r.known().size());
            g.put("new", r.discovered().size());
            g.put("templates", r.patterns().stream().map(DiscoveryJson::pattern).toList());
            groups.add(g);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("skipped_lines", skipped);
        doc.put("groups", groups);
        return doc;
    }

    static Map<String, Object> pattern(DiscoveredPattern p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", p.status().label());
        m.put("template_id", p.templateId());
        m.put("pattern", p.pattern());
        m.put("typed_pattern", p.typedPattern());
        m.put("catalog_pattern_id", p.catalogPatternId());
        m.put("catalog_matches", p.catalogMatches());
        m.put("count", p.count());
        m.put("unmatched", p.unmatchedCount());
        m.put("first_seen", p.firstSeen().toString());
        m.put("last_seen", p.lastSeen().toString());
        m.put("trend", trend(p));
        m.put("models", counts(p.models()));
        m.put("sessions", counts(p.sessions()));
        m.put("services", counts(p.services()));
        m.put("error_codes", counts(p.errorCodes()));
        m.put("token_types", p.tokenTypes());
        m.put("samples", p.samples());
        if (p.status() == PatternStatus.NEW) m.put("assistant_prompt", p.assistantPrompt());
        return m;
    }

    private static Map<String, Object> trend(DiscoveredPattern p) {
        if (p.trend() == null) return null;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("direction", p.trend().direction().label());
        t.put("p_value", p.trend().test().pValue());
        t.put("sen_slope", p.trend().test().senSlope());
        t.put("from", p.trend().from().toString());
        t.put("to", p.trend().to().toString());
        t.put("bucket_counts", p.trend().bucketCounts());
        return t;
    }

    private static Map<String, Object> counts(ValueCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("distinct", c.distinct());
        m.put("approximate", c.approximate());
        m.put("top", c.top().stream().map(v -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("value", v.value());
            e.put("count", v.count());
            return e;
        }).toList());
        return m;
    }
}
