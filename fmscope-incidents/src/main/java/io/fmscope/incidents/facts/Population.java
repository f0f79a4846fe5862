package io.fmscope.incidents.facts;

/** What a rate is a share of: FM calls, vector retrievals or session events (one per record type). */
public enum Population {
    CALLS("FM_CALL"),
    RETRIEVALS("RAG_RETRIEVAL"),
    SESSION_EVENTS("SESSION_EVENT");

    private final String logType;

    Population(String logType) {
        this.logType = logType;
    }

    /** The {@code log_type} of the records this population counts. */
    public String logType() {
        return logType;
    }

    public static Population ofLogType(String logType) {
        for (Population p : values()) if (p.logType.equals(logType)) return p;
        return null;
    }
}
