package io.fmscope.incidents.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fmscope.errors.ErrorPattern;
import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.incidents.facts.Component;
import io.fmscope.incidents.facts.Family;
import io.fmscope.incidents.facts.Metric;
import io.fmscope.incidents.facts.SignalKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data file {@code causes.yaml}: which catalog entry a metric or count departure is evidence for, which
 * component owns a category, and which signals are symptoms. Validated against the catalog at load: every
 * pattern id must exist, every metric must be one the detector knows.
 */
public final class CauseMap {
    private static final String RESOURCE = "/io/fmscope/incidents/causes.yaml";
    private final Map<Metric, ErrorPattern> metrics = new HashMap<>();
    private final Map<Family, ErrorPattern> counts = new HashMap<>();
    private final Map<Pattern, ErrorPattern> sessions = new LinkedHashMap<>();
    private final Map<String, Component> categoryComponents = new HashMap<>();
    private final Set<Metric> symptomMetrics = new HashSet<>();
    private final Set<String> symptomCategories = new HashSet<>();

    private CauseMap(JsonNode root, ErrorCatalog catalog) {
        root.path("metrics").properties().forEach(e -> metrics.put(Metric.ofLabel(e.getKey()), pattern(catalog, e.getValue())));
        root.path("counts").properties().forEach(e -> counts.put(Family.ofLabel(e.getKey()), pattern(catalog, e.getValue())));
        root.path("sessions").properties().forEach(e -> sessions.put(Pattern.compile(e.getKey()), pattern(catalog, e.getValue())));
        root.path("category_components").properties().forEach(e -> {
            Component c = Component.ofLabel(e.getValue().asText());
            if (c == Component.UNKNOWN) throw new IllegalArgumentException(RESOURCE + ": unknown component " + e.getValue());
            categoryComponents.put(e.getKey(), c);
        });
        root.path("symptom_metrics").forEach(m -> symptomMetrics.add(Metric.ofLabel(m.asText())));
        root.path("symptom_categories").forEach(c -> symptomCategories.add(c.asText()));
    }

    public static CauseMap builtIn(ErrorCatalog catalog) {
        try (InputStream in = CauseMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new CauseMap(new ObjectMapper(new YAMLFactory()).readTree(in), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ErrorPattern pattern(ErrorCatalog catalog, JsonNode id) {
        return catalog.find(id.asText()).orElseThrow(() ->
                new IllegalArgumentException(RESOURCE + ": pattern " + id.asText() + " is not in the error catalog"));
    }

    /** The entry a metric's departure is evidence for; empty for symptom metrics. */
    public Optional<ErrorPattern> forMetric(Metric m) {
        return Optional.ofNullable(metrics.get(m));
    }

    /** The entry a counted signal's departure is evidence for (not for error families, which carry their own). */
    public Optional<ErrorPattern> forCount(SignalKey key) {
        if (key.family() == Family.SESSION) {
            for (var e : sessions.entrySet()) if (e.getKey().matcher(key.name()).find()) return Optional.of(e.getValue());
            return Optional.empty();
        }
        return Optional.ofNullable(counts.get(key.family()));
    }

    /** The component a category's fault lies in regardless of the reporting service, if the map names one. */
    public Optional<Component> componentOf(String category) {
        return Optional.ofNullable(categoryComponents.get(category));
    }

    public boolean symptom(Metric m) {
        return symptomMetrics.contains(m);
    }

    public boolean symptom(String category) {
        return symptomCategories.contains(category);
    }
}
