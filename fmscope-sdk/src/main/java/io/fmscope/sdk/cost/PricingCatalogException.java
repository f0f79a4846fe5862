package io.fmscope.sdk.cost;

/**
 * A pricing file that cannot be used. Thrown only while loading a catalog (at start-up), never while pricing a
 * call. The message names the file and the entry, e.g.
 * {@code /etc/fmscope/prices.yaml: families[0].models[2] (tier 'acme.model'): input price must be ...}.
 */
public final class PricingCatalogException extends RuntimeException {

    private final String file;
    private final String entry;

    public PricingCatalogException(String file, String entry, String problem) {
        super(file + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
        this.file = file;
        this.entry = entry;
    }

    public PricingCatalogException(String file, String entry, String problem, Throwable cause) {
        this(file, entry, problem);
        initCause(cause);
    }

    /** The file (or built-in resource) that failed. */
    public String file() {
        return file;
    }

    /** Where in the file, e.g. {@code families[0].models[2] (tier 'x')}; empty when the whole file is at fault. */
    public String entry() {
        return entry;
    }
}
