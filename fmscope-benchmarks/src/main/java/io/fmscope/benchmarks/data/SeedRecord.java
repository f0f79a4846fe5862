package io.fmscope.benchmarks.data;

/**
 * One generated log record: its time, its {@code log_type} ({@code FM_CALL} or {@code RAG_RETRIEVAL}) and the
 * JSON line itself (the log message, as the seed's {@code StructuredFMLogger} writes it).
 */
public record SeedRecord(long timestampMillis, String logType, String json) {
    public static final String FM_CALL = "FM_CALL";
    public static final String RAG_RETRIEVAL = "RAG_RETRIEVAL";
}
