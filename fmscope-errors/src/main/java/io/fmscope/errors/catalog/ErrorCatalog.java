package io.fmscope.errors.catalog;

import io.fmscope.errors.ErrorPattern;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error catalog: the built-in {@code catalog.yaml} plus any user files, loaded in order. A user entry with a
 * new {@code pattern_id} adds a pattern; one with an existing id overrides the fields it names (and
 * {@code enabled: false} removes the entry). Everything is validated at load time, regexes included.
 */
public final class ErrorCatalog {
    /** Environment variable with extra catalog files, separated by the platform path separator. */
    public static final String ENV_VAR = "FMSCOPE_ERROR_CATALOG";

    private final List<ErrorPattern> patterns;
    private final Map<String, ErrorPattern> byId;

    private ErrorCatalog(List<ErrorPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        var index = new LinkedHashMap<String, ErrorPattern>();
        patterns.forEach(p -> index.put(p.id(), p));
        this.byId = java.util.Collections.unmodifiableMap(index);
    }

    public static ErrorCatalog builtIn() {
        return fromSources(List.of(CatalogSource.builtIn()));
    }

    /** The built-in catalog extended by {@code userFiles}, applied in order. */
    public static ErrorCatalog load(List<Path> userFiles) {
        var sources = new ArrayList<CatalogSource>();
        sources.add(CatalogSource.builtIn());
        userFiles.forEach(f -> sources.add(CatalogSource.of(f)));
        return fromSources(sources);
    }

    /** The built-in catalog extended by the files named in {@value #ENV_VAR}. */
    public static ErrorCatalog fromEnvironment() {
        return load(pathsFromEnv(System.getenv()));
    }

    public static List<Path> pathsFromEnv(Map<String, String> env) {
        String value = env.get(ENV_VAR);
        if (value == null || value.isBlank()) return List.of();
        return java.util.Arrays.stream(value.split(java.util.regex.Pattern.quote(File.pathSeparator)))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /** Loads catalog texts in order, later ones extending or overriding earlier ones. */
    public static ErrorCatalog fromSources(List<CatalogSource> sources) {
        var merged = new LinkedHashMap<String, RawEntry>();
        for (CatalogSource source : sources) {
            for (RawEntry entry : CatalogParser.parse(source)) {
                RawEntry existing = merged.get(entry.id);
                if (existing == null) merged.put(entry.id, entry);
                else existing.overrideWith(entry);
            }
        }
        var patterns = new ArrayList<ErrorPattern>();
        var owners = new HashMap<String, ErrorPattern>();
        for (RawEntry entry : merged.values()) {
            if (!PatternReader.enabled(entry)) continue;
            ErrorPattern pattern = PatternReader.read(entry);
            for (String type : pattern.taxonomyTypes()) {
                ErrorPattern owner = owners.putIfAbsent(type, pattern);
                if (owner != null)
                    throw entry.error("taxonomy_types", "type '" + type + "' is already owned by entry " + owner.id());
            }
            patterns.add(pattern);
        }
        return new ErrorCatalog(patterns);
    }

    public List<ErrorPattern> patterns() { return patterns; }

    public Optional<ErrorPattern> find(String id) { return Optional.ofNullable(byId.get(id)); }

    public int size() { return patterns.size(); }

    /** Taxonomy type → the entry that owns it. */
    public Map<String, ErrorPattern> taxonomyOwners() {
        var owners = new LinkedHashMap<String, ErrorPattern>();
        patterns.forEach(p -> p.taxonomyTypes().forEach(t -> owners.put(t, p)));
        return owners;
    }
}
