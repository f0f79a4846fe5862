package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Collects one vector retrieval; {@link #log()} builds the {@code RAG_RETRIEVAL} record the way
 * the seed's {@code log_rag_retrieval} does (hash of the query, mean rounded to 4 decimals, min and
 * max, all 0 without scores) after repairing bad values. Never throws. Not thread-safe.
 */
public final class RagRetrievalBuilder {
  private final FmCallLogger logger;
  private String requestId;
  private String sessionId;
  private String queryText;
  private String opensearchIndex;
  private long vectorDimension;
  private long kRequested;
  private long resultsReturned;
  private List<? extends Number> scores;
  private double queryLatencyMs;
  private String filterApplied;
  private String traceId;
  private boolean traceIdSet;
  private Instant timestamp;

  RagRetrievalBuilder(FmCallLogger logger) {
    this.logger = logger;
  }

  public RagRetrievalBuilder requestId(String id) {
    requestId = id;
    return this;
  }

  public RagRetrievalBuilder sessionId(String id) {
    sessionId = id;
    return this;
  }

  /** Hashed; written only when content capture is on. */
  public RagRetrievalBuilder queryText(String text) {
    queryText = text;
    return this;
  }

  public RagRetrievalBuilder opensearchIndex(String index) {
    opensearchIndex = index;
    return this;
  }

  public RagRetrievalBuilder vectorDimension(long d) {
    vectorDimension = d;
    return this;
  }

  public RagRetrievalBuilder kRequested(long k) {
    kRequested = k;
    return this;
  }

  public RagRetrievalBuilder resultsReturned(long n) {
    resultsReturned = n;
    return this;
  }

  public RagRetrievalBuilder relevanceScores(List<? extends Number> s) {
    scores = s;
    return this;
  }

  public RagRetrievalBuilder queryLatencyMs(double ms) {
    queryLatencyMs = ms;
    return this;
  }

  public RagRetrievalBuilder filterApplied(String filter) {
    filterApplied = filter;
    return this;
  }

  public RagRetrievalBuilder traceId(String id) {
    traceId = id;
    traceIdSet = true;
    return this;
  }

  public RagRetrievalBuilder timestamp(Instant at) {
    timestamp = at;
    return this;
  }

  /** Builds the record without writing it. */
  public RagRetrievalRecord build() {
    try {
      Repairs fix = new Repairs();
      RagRetrievalRecord r = assemble(logger.config(), fix);
      logger.countHookFailures(fix.hookFailures());
      return r;
    } catch (RuntimeException | StackOverflowError e) {
      logger.countInternalError();
      return new RagRetrievalRecord(RequestIds.random(), "unknown", Sha256Prefix.of(""),
          "unknown", 0, 0, 0, List.of(), 0, 0, 0, 0, null, logger.config().clock().instant(),
          null, null, List.of(DataQualityIssue.INTERNAL_ERROR.flag("record")));
    }
  }

  /** Builds the record, writes it to every sink and returns it. */
  public RagRetrievalRecord log() {
    RagRetrievalRecord r = build();
    logger.emit(r);
    return r;
  }

  private RagRetrievalRecord assemble(LoggerConfig config, Repairs fix) {
    String id = fix.required(requestId, null, "request_id");
    List<Double> s = FmCallAssembler.scores(scores, "relevance_scores", fix);
    double min = 0;
    double max = 0;
    double sum = 0;
    for (int i = 0; i < s.size(); i++) {
      double v = s.get(i);
      min = i == 0 ? v : Math.min(min, v);
      max = i == 0 ? v : Math.max(max, v);
      sum += v;
    }
    double avg = s.isEmpty() ? 0 : round4(sum / s.size());
    String captured = null;
    if (config.captureContent() && queryText != null) {
      captured = fix.cut(fix.redact(queryText, "query_text"), config.maxCapturedChars(),
          "query_text");
    }
    return new RagRetrievalRecord(id == null ? RequestIds.random() : id,
        fix.required(sessionId, "unknown", "session_id"), Sha256Prefix.of(queryText),
        fix.required(opensearchIndex, "unknown", "opensearch_index"),
        fix.count(vectorDimension, "vector_dimension"), fix.count(kRequested, "k_requested"),
        fix.count(resultsReturned, "results_returned"), s, avg, min, max,
        fix.millis(queryLatencyMs, "query_latency_ms"),
        fix.optional(filterApplied, "filter_applied"),
        FmCallAssembler.timestamp(timestamp, config, fix, "timestamp"),
        TraceIds.resolve(traceIdSet, traceId, config.traceIdSource(), fix, "trace_id"),
        captured, fix.flags());
  }

  /** Python's {@code round(x, 4)}: half-even on the exact binary value. */
  static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
