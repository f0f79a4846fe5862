package io.fmscope.incidents.facts;

/**
 * The kinds of countable events the detector watches, each a share of one {@link Population}. An FM call
 * can count in several families at once (an error is counted under its category, status, upstream service and
 * message template).
 */
public enum Family {
    /** Every failed call (status other than SUCCESS/PARTIAL, or an {@code error} object). */
    ERRORS("errors", Population.CALLS),
    /** Failed calls by {@code error.root_cause_category} (classified when absent or not a catalog category). */
    CATEGORY("category", Population.CALLS),
    /** Calls by non-success {@code status}. */
    STATUS("status", Population.CALLS),
    /** Failed calls by {@code error.upstream_service}. */
    SERVICE("service", Population.CALLS),
    /** Failed calls by the mined template of their error message. */
    TEMPLATE("template", Population.CALLS),
    /** Calls that needed at least one retry. */
    RETRIED("retried", Population.CALLS),
    /** Calls answered by a fallback model. */
    FALLBACK("fallback", Population.CALLS),
    /** Calls whose prompt was truncated to fit a token budget. */
    TRUNCATED("truncated", Population.CALLS),
    /** Calls not answered from the response cache ({@code cost.was_cached = false}). */
    CACHE_MISS("cache_miss", Population.CALLS),
    /** Vector retrievals that returned nothing. */
    RAG_EMPTY("rag_empty", Population.RETRIEVALS),
    /** Session events by {@code event_type}. */
    SESSION("session", Population.SESSION_EVENTS),
    /**
     * Failed calls by category and component together ({@code MODEL_THROTTLE@bedrock}): what a diagnosis
     * hypothesis names. Only the diagnosis counts it; the detector tests category and service separately.
     */
    CAUSE("cause", Population.CALLS);

    private final String label;
    private final Population population;

    Family(String label, Population population) {
        this.label = label;
        this.population = population;
    }

    public String label() {
        return label;
    }

    public Population population() {
        return population;
    }

    public static Family ofLabel(String label) {
        for (Family f : values()) if (f.label.equals(label)) return f;
        throw new IllegalArgumentException("unknown signal family " + label);
    }
}
