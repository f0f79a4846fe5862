package io.fmscope.patterns.discovery;

/** Whether the error catalog knows a mined error template. */
public enum PatternStatus {
    /** At least one of its errors matched a catalog entry above the classifier's threshold. */
    KNOWN,
    /** None of its errors matched the catalog: a discovered pattern, a candidate for the catalog. */
    NEW;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
