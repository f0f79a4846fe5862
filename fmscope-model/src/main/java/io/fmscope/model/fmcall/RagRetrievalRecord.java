package io.fmscope.model.fmcall;

import java.time.Instant;
import java.util.List;

/**
 * One vector retrieval, the seed's {@code log_rag_retrieval} line ({@code log_type =
 * "RAG_RETRIEVAL"}); fields are top-level in JSON, as in the seed.
 *
 * @param requestId {@code request_id}
 * @param sessionId {@code session_id}
 * @param queryHash {@code query_hash}: first 16 hex chars of the SHA-256 of the query text
 * @param opensearchIndex {@code opensearch_index}
 * @param vectorDimension {@code vector_dimension}
 * @param kRequested {@code k_requested}
 * @param resultsReturned {@code results_returned}
 * @param relevanceScores {@code relevance_scores}
 * @param avgRelevance {@code avg_relevance}: mean rounded to 4 decimals, 0 when no scores
 * @param minRelevance {@code min_relevance}: 0 when no scores
 * @param maxRelevance {@code max_relevance}: 0 when no scores
 * @param queryLatencyMs {@code query_latency_ms}
 * @param filterApplied {@code filter_applied}; written as JSON null when absent, as in the seed
 * @param timestamp {@code timestamp}, ISO-8601 UTC with milliseconds
 * @param traceId extension {@code trace_id}, omitted when null
 * @param queryText extension {@code query_text}: only when content capture is on
 * @param dataQuality extension {@code data_quality}, omitted when empty
 */
public record RagRetrievalRecord(
    String requestId,
    String sessionId,
    String queryHash,
    String opensearchIndex,
    int vectorDimension,
    int kRequested,
    int resultsReturned,
    List<Double> relevanceScores,
    double avgRelevance,
    double minRelevance,
    double maxRelevance,
    double queryLatencyMs,
    String filterApplied,
    Instant timestamp,
    String traceId,
    String queryText,
    List<String> dataQuality)
    implements FmLogRecord {

  /** The JSON {@code log_type} of this record type. */
  public static final String LOG_TYPE = "RAG_RETRIEVAL";

  public RagRetrievalRecord {
    relevanceScores = Collections2.copyWithoutNulls(relevanceScores);
    timestamp = timestamp == null ? Instant.EPOCH : IsoTimestamps.normalize(timestamp);
    dataQuality = Collections2.copyWithoutNulls(dataQuality);
  }

  @Override
  public String logType() {
    return LOG_TYPE;
  }
}
