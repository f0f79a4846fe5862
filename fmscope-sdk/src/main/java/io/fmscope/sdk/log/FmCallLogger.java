package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import io.fmscope.sdk.export.LogSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The structured FM logger (the seed's {@code StructuredFMLogger}): builds {@code FM_CALL}, {@code
 * RAG_RETRIEVAL} and {@code SESSION_EVENT} records, writes each as one JSON line to its sinks, and
 * never throws into the application: bad values are repaired and flagged in {@code data_quality},
 * failing sinks and hooks are counted in {@link #stats()}. Thread-safe.
 *
 * <pre>{@code
 * FmCallLogger logger = FmCallLogger.builder().service("manga-assist-orchestrator").build();
 * logger.call().requestId(id).sessionId(sid).userId(uid)
 *     .model("anthropic.claude-3-sonnet-20240229-v1:0").promptText(prompt)
 *     .tokens(850, 1200, 45, 320).latency(LatencyComponent.BEDROCK_INVOKE, 1840.5)
 *     .status(FmCallStatus.SUCCESS).log();
 * }</pre>
 */
public final class FmCallLogger implements AutoCloseable {
  private final LoggerConfig config;
  private final List<LogSink> sinks;
  private final FmCallAssembler assembler;
  private final LongAdder logged = new LongAdder();
  private final LongAdder repaired = new LongAdder();
  private final LongAdder sinkFailures = new LongAdder();
  private final LongAdder hookFailures = new LongAdder();
  private final LongAdder internalErrors = new LongAdder();

  FmCallLogger(LoggerConfig config, List<LogSink> sinks) {
    this.config = config;
    this.sinks = List.copyOf(sinks);
    this.assembler = new FmCallAssembler(config);
  }

  /** A builder with the seed's defaults: region {@code ap-northeast-1}, stdout, no cost model. */
  public static FmCallLoggerBuilder builder() {
    return new FmCallLoggerBuilder();
  }

  /** Starts one FM-call record. */
  public FmCallBuilder call() {
    return new FmCallBuilder(this);
  }

  /** Starts one RAG retrieval record. */
  public RagRetrievalBuilder ragRetrieval() {
    return new RagRetrievalBuilder(this);
  }

  /** The seed's {@code log_rag_retrieval}, argument for argument. */
  public RagRetrievalRecord logRagRetrieval(String requestId, String sessionId, String queryText,
      String opensearchIndex, int vectorDimension, int kResults, int resultsReturned,
      List<? extends Number> relevanceScores, double queryLatencyMs, String filterApplied) {
    return ragRetrieval().requestId(requestId).sessionId(sessionId).queryText(queryText)
        .opensearchIndex(opensearchIndex).vectorDimension(vectorDimension).kRequested(kResults)
        .resultsReturned(resultsReturned).relevanceScores(relevanceScores)
        .queryLatencyMs(queryLatencyMs).filterApplied(filterApplied).log();
  }

  /** The seed's {@code log_session_event}: start, end, timeout, error... with free-form details. */
  public SessionEventRecord logSessionEvent(String sessionId, String userId, String eventType,
      Map<String, ?> details) {
    SessionEventRecord r;
    try {
      Repairs fix = new Repairs();
      r = SessionEvents.build(config, sessionId, userId, eventType, details, fix);
      hookFailures.add(fix.hookFailures());
    } catch (RuntimeException | StackOverflowError e) {
      internalErrors.increment();
      r = new SessionEventRecord("unknown", "unknown", "unknown", Map.of(),
          config.clock().instant(), null, List.of(DataQualityIssue.INTERNAL_ERROR.flag("record")));
    }
    emit(r);
    return r;
  }

  /** Writes an already built record (e.g. replayed by a simulator) to every sink. */
  public void log(FmLogRecord record) {
    if (record != null) {
      emit(record);
    }
  }

  /** A snapshot of the counters. */
  public LoggerStats stats() {
    return new LoggerStats(logged.sum(), repaired.sum(), sinkFailures.sum(), hookFailures.sum(),
        internalErrors.sum());
  }

  /** Flushes every sink; true when all of them drained within the timeout. */
  public boolean flush(Duration timeout) {
    boolean all = true;
    for (LogSink s : sinks) {
      try {
        all &= s.flush(timeout);
      } catch (RuntimeException e) {
        sinkFailures.increment();
        all = false;
      }
    }
    return all;
  }

  /** Closes every sink (draining asynchronous ones). */
  @Override
  public void close() {
    for (LogSink s : sinks) {
      try {
        s.close();
      } catch (RuntimeException e) {
        sinkFailures.increment();
      }
    }
  }

  LoggerConfig config() {
    return config;
  }

  FmCallRecord assemble(FmCallBuilder.CallInputs in) {
    try {
      Repairs fix = new Repairs();
      FmCallRecord r = assembler.assemble(in, fix);
      hookFailures.add(fix.hookFailures());
      return r;
    } catch (RuntimeException | StackOverflowError e) {
      internalErrors.increment();
      return fallback(in);
    }
  }

  /** What is safe to keep when assembly failed: fresh ids, the status, and the failure flag. */
  private FmCallRecord fallback(FmCallBuilder.CallInputs in) {
    FmCallMetadata m = new FmCallMetadata(RequestIds.random(), "unknown", "unknown", 0, "unknown",
        "unknown", config.region(), config.clock().instant(), null, config.service());
    FmCallStatus status = in.status != null ? in.status
        : in.errorGiven ? FmCallStatus.ERROR : FmCallStatus.SUCCESS;
    return new FmCallRecord(m, status, null, null, null, null, null, Map.of(), null,
        List.of(DataQualityIssue.INTERNAL_ERROR.flag("record")));
  }

  void emit(FmLogRecord r) {
    String json;
    try {
      json = FmLogJsonWriter.toJson(r);
    } catch (RuntimeException e) {
      internalErrors.increment();
      return;
    }
    logged.increment();
    if (!r.dataQuality().isEmpty()) {
      repaired.increment();
    }
    for (int i = 0, n = sinks.size(); i < n; i++) {
      try {
        sinks.get(i).emit(r, json);
      } catch (RuntimeException e) {
        sinkFailures.increment();
      }
    }
  }

  void countHookFailures(int n) {
    hookFailures.add(n);
  }

  void countInternalError() {
    internalErrors.increment();
  }
}
