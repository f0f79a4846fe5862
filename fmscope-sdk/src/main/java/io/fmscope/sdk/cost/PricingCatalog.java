package io.fmscope.sdk.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pricing catalog: the built-in {@code bedrock-pricing.yaml}, optionally overlaid by a user file. Immutable
 * and safe to share between threads; {@link #resolve} is memoised.
 */
public final class PricingCatalog {

    /** Environment variable naming a user pricing file that is overlaid on the built-in catalog. */
    public static final String PRICING_FILE_ENV = "FMSCOPE_PRICING_FILE";

    static final String BUILT_IN_RESOURCE = "bedrock-pricing.yaml";

    private final List<PricingEntry> entries;
    private final ModelResolver resolver;

    private PricingCatalog(List<PricingEntry> entries) {
        this.entries = List.copyOf(entries);
        this.resolver = new ModelResolver(this.entries);
    }

    /** The catalog shipped with the SDK. */
    public static PricingCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** The built-in catalog overlaid with {@code $FMSCOPE_PRICING_FILE} when that variable is set. */
    public static PricingCatalog fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, reading the variable from {@code env}. */
    public static PricingCatalog fromEnvironment(Map<String, String> env) {
        String file = env.get(PRICING_FILE_ENV);
        return file == null || file.isBlank() ? builtIn() : builtIn().withOverrides(Path.of(file.strip()));
    }

    /** A catalog built from {@code entries} alone (for tests and for embedding prices in code). */
    public static PricingCatalog of(List<PricingEntry> entries) {
        if (entries.stream().map(PricingEntry::tier).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("each tier may appear only once");
        }
        return new PricingCatalog(CatalogMerge.overlay(entries, List.of(), "entries"));
    }

    /**
     * This catalog with the tiers of {@code userFile} added or overriding tiers of the same name.
     *
     * @throws PricingCatalogException if the file cannot be read or is invalid; the message names file and entry
     */
    public PricingCatalog withOverrides(Path userFile) {
        String name = userFile.toAbsolutePath().toString();
        try (InputStream in = Files.newInputStream(userFile)) {
            return new PricingCatalog(CatalogMerge.overlay(entries, CatalogFile.read(in, name), name));
        } catch (IOException e) {
            throw new PricingCatalogException(name, "", "cannot read pricing file: " + e, e);
        }
    }

    /** The tier pricing {@code modelId} (a model id, inference-profile id or ARN), if any. Never throws. */
    public Optional<PricingEntry> resolve(String modelId) {
        return resolver.resolve(modelId);
    }

    /** Every tier, built-in order first, then tiers added by overrides. */
    public List<PricingEntry> entries() {
        return entries;
    }

    private static final class BuiltIn {
        static final PricingCatalog CATALOG = load();

        private static PricingCatalog load() {
            String name = "classpath:io/fmscope/sdk/cost/" + BUILT_IN_RESOURCE;
            try (InputStream in = PricingCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in pricing catalog missing: " + name);
                }
                return new PricingCatalog(CatalogMerge.build(CatalogFile.read(in, name), name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
