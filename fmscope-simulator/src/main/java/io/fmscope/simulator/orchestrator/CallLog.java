package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.sdk.log.FmCallBuilder;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.simulator.service.OpenSearch;
import io.fmscope.simulator.service.ServiceException;
import io.fmscope.simulator.traffic.Intent;
import io.fmscope.simulator.traffic.Question;
import io.fmscope.simulator.traffic.Session;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes MangaAssist's structured records through the SDK logger: FM_CALL, RAG_RETRIEVAL, SESSION_EVENT. */
final class CallLog {
  private final FmCallLogger logger;

  CallLog(FmCallLogger logger) {
    this.logger = logger;
  }

  /** The turn's FM_CALL record, stamped when the answer was delivered. */
  FmCallRecord fmCall(TurnState st) {
    Question q = st.arrival.question();
    Session s = st.arrival.session();
    boolean hit = st.cached != null && st.cached.entry() != null;
    FmCallBuilder b = logger.call().requestId(st.requestId).sessionId(s.id()).userId(s.userId())
        .conversationTurn(st.arrival.turn()).model(st.model).timestamp(instant(st.deliveredNanos))
        .promptTemplateId(q.templateId()).promptText(st.prompt)
        .tokens(st.systemTokens, st.contextTokens, st.userTokens, st.outputTokens)
        .containsAuthorName(q.intent() == Intent.AUTHOR).rag(st.ragChunks, st.ragScores)
        .stopReason(st.stopReason).responseText(st.answer).responseCacheHit(hit).status(st.status())
        .tag("intent", q.intent().key()).tag("ecs_task", st.taskId);
    for (LatencyComponent c : LatencyComponent.values()) {
      b.latency(c, Math.round(st.latency[c.ordinal()] * 100) / 100.0);
    }
    if (st.traceId != null) {
      b.traceId(st.traceId);
    }
    if (st.resilience != null) {
      b.resilience(st.resilience);
    }
    if (hit) {
      b.tag("cache_age_s", Long.toString(Math.round(st.cached.ageSeconds())));
    }
    TurnState.Failure f = st.failure;
    if (f != null) {
      b.error(f.type(), f.code(), f.message()).upstreamService(f.upstream());
      if (f.rootCause() != null) {
        b.rootCauseCategory(f.rootCause());
      }
      if (f.status() == FmCallStatus.CONTENT_FILTERED) {
        b.contentFilter(f.message());
      }
    } else if (st.degraded != null) {
      ServiceException e = st.degraded;
      b.error(e.errorType(), e.errorCode(), e.getMessage()).upstreamService(e.upstream());
    }
    return b.log();
  }

  /** One vector search (also a failed one: no results, and the time it took). */
  void rag(TurnState st, int dimension, List<OpenSearch.Hit> hits, double queryMs, long atNanos) {
    Question q = st.arrival.question();
    var b = logger.ragRetrieval().requestId(st.requestId).sessionId(st.arrival.session().id())
        .queryText(q.text()).opensearchIndex(OpenSearch.INDEX).vectorDimension(dimension).kRequested(3)
        .resultsReturned(hits.size()).relevanceScores(hits.stream().map(OpenSearch.Hit::score).toList())
        .queryLatencyMs(Math.round(queryMs * 100) / 100.0).filterApplied("language:" + q.lang().key())
        .timestamp(instant(atNanos));
    if (st.traceId != null) {
      b.traceId(st.traceId);
    }
    b.log();
  }

  void session(Session s, String event, Map<String, Object> details) {
    logger.logSessionEvent(s.id(), s.userId(), event, details);
  }

  static Map<String, Object> details(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }
}
