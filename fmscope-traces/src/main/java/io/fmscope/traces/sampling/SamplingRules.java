package io.fmscope.traces.sampling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered set of {@link SamplingRule}s, read from data (JSON or YAML; see {@code docs/tracing.md}). The
 * built-in {@link #defaults()} are the seed's intent: every trace with an error, throttle or fault; 50% of
 * traces slower than 3 s; 1% of the rest; one trace per second of each kind through the reservoir.
 */
public final class SamplingRules {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<SamplingRule> ordered;

    private SamplingRules(List<SamplingRule> rules) {
        List<SamplingRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(SamplingRule::priority).thenComparing(SamplingRule::name));
        Set<String> names = new HashSet<>();
        for (SamplingRule r : sorted) {
            if (!names.add(r.name())) throw new SamplingRulesException("duplicate rule name '" + r.name() + "'", null);
        }
        this.ordered = List.copyOf(sorted);
    }

    public static SamplingRules of(List<SamplingRule> rules) {
        return new SamplingRules(rules);
    }

    public static SamplingRules defaults() {
        try (InputStream in = SamplingRules.class.getResourceAsStream("default-tail-sampling.yaml")) {
            if (in == null) throw new SamplingRulesException("built-in rules missing from the classpath", null);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SamplingRulesException("cannot read built-in rules: " + e.getMessage(), e);
        }
    }

    public static SamplingRules load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new SamplingRulesException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SamplingRulesException e) {
            throw new SamplingRulesException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses JSON or YAML (JSON is valid YAML). */
    public static SamplingRules parse(String text) {
        RulesDocument doc;
        try {
            doc = YAML.readValue(text, RulesDocument.class);
        } catch (JsonProcessingException e) {
            throw new SamplingRulesException(describe(e), e);
        }
        if (doc == null || doc.rules() == null) throw new SamplingRulesException("rules file has no 'rules' list", null);
        if (doc.version() != null && doc.version() != 1) {
            throw new SamplingRulesException("unsupported rules version " + doc.version() + " (expected 1)", null);
        }
        List<SamplingRule> rules = new ArrayList<>();
        for (int i = 0; i < doc.rules().size(); i++) rules.add(compile(doc.rules().get(i), i));
        return new SamplingRules(rules);
    }

    public List<SamplingRule> rules() {
        return ordered;
    }

    /** Index (in {@link #rules()}) of the first rule that matches, or -1. */
    public int firstMatch(TraceFacts facts) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).match().matches(facts)) return i;
        }
        return -1;
    }

    private static SamplingRule compile(RulesDocument.Rule r, int index) {
        String label = r == null || r.name() == null ? "rule #" + (index + 1) : "rule '" + r.name() + "'";
        try {
            if (r == null || r.name() == null) throw new IllegalArgumentException("name is required");
            if (r.fixedRate() == null) throw new IllegalArgumentException("fixed_rate is required");
            return new SamplingRule(r.name(), r.priority() == null ? 10_000 : r.priority(), match(r.match()),
                    r.reservoirPerSecond() == null ? 0 : r.reservoirPerSecond(), r.fixedRate());
        } catch (IllegalArgumentException e) {
            throw new SamplingRulesException(label + ": " + e.getMessage(), e);
        }
    }

    private static RuleMatch match(RulesDocument.Match m) {
        if (m == null) return RuleMatch.ALL;
        Map<String, Wildcard> attrs = new HashMap<>();
        if (m.attributes() != null) m.attributes().forEach((k, v) -> attrs.put(k, Wildcard.of(v)));
        Set<OutcomeFlag> outcomes = EnumSet.noneOf(OutcomeFlag.class);
        if (m.outcome() != null) m.outcome().forEach(o -> outcomes.add(OutcomeFlag.parse(o)));
        long min = m.minDurationMs() == null ? 0 : millisToNanos(m.minDurationMs(), "min_duration_ms");
        long max = m.maxDurationMs() == null ? Long.MAX_VALUE : millisToNanos(m.maxDurationMs(), "max_duration_ms");
        if (max <= min) throw new IllegalArgumentException("max_duration_ms must exceed min_duration_ms");
        return new RuleMatch(Wildcard.of(m.service()), Wildcard.of(m.name()), Wildcard.of(m.httpMethod()),
                Wildcard.of(m.urlPath()), attrs, outcomes, min, max);
    }

    /** "invalid rules at rules[0].fixd_rate (line 5, column 1): unknown field ..." without Java class names. */
    private static String describe(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) where.append(where.isEmpty() ? "" : ".").append(r.getFieldName());
                else if (r.getIndex() >= 0) where.append('[').append(r.getIndex()).append(']');
            }
        }
        var loc = e.getLocation();
        String line = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String at = where.isEmpty() ? line : where + (line.isEmpty() ? "" : " (" + line + ")");
        String why = e instanceof UnrecognizedPropertyException u
                ? "unknown field '" + u.getPropertyName() + "' (known: " + u.getKnownPropertyIds() + ")"
                : e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").trim();
        return "invalid rules" + (at.isEmpty() ? "" : " at " + at) + ": " + why;
    }

    private static long millisToNanos(double ms, String field) {
        if (!(ms >= 0)) throw new IllegalArgumentException(field + " must be >= 0");
        return Math.round(ms * 1_000_000.0);
    }
}
