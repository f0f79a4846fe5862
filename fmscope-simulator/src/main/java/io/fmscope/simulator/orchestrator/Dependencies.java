package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.sdk.trace.ChildSpan;
import io.fmscope.sdk.trace.FmRequest;
import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.service.DynamoDb;
import io.fmscope.simulator.service.Edge;
import io.fmscope.simulator.service.OpenSearch;
import io.fmscope.simulator.service.Redis;
import io.fmscope.simulator.service.ServiceException;
import io.fmscope.simulator.traffic.Question;
import io.fmscope.simulator.traffic.Session;
import io.fmscope.simulator.traffic.TextBank;
import java.util.List;

/**
 * The turn's calls to its dependencies, each in its own span: Redis cache check and fill, DynamoDB session
 * read and write, OpenSearch retrieval (logged as RAG_RETRIEVAL), WebSocket delivery. A failing dependency
 * degrades the turn (the first such error is kept for the record); a session that is gone or corrupt is
 * reset, as the seed's EP-006 remediation says.
 */
final class Dependencies {
  private final SimClock clock;
  private final Redis redis;
  private final DynamoDb sessions;
  private final OpenSearch search;
  private final Edge edge;
  private final CallLog log;
  private final TextBank texts;

  Dependencies(SimClock clock, Redis redis, DynamoDb sessions, OpenSearch search, Edge edge, CallLog log,
      TextBank texts) {
    this.clock = clock;
    this.redis = redis;
    this.sessions = sessions;
    this.search = search;
    this.edge = edge;
    this.log = log;
    this.texts = texts;
  }

  static boolean hit(TurnState st) {
    return st.cached != null && st.cached.entry() != null;
  }

  void cacheCheck(FmRequest req, TurnState st, Question q) {
    ChildSpan span = req.cache("GET");
    long t0 = clock.epochNanos();
    try {
      st.cached = redis.get(q.cacheKey());
      span.cacheHit(hit(st));
    } catch (ServiceException e) {
      span.fail(e);
      st.degrade(e);
    } finally {
      span.close();
      st.lat(LatencyComponent.REDIS_CACHE_CHECK, (clock.epochNanos() - t0) / 1e6);
    }
  }

  List<String> readSession(FmRequest req, TurnState st, Session s) {
    ChildSpan span = req.sessionStore(DynamoDb.TABLE, "GetItem");
    long t0 = clock.epochNanos();
    try {
      return sessions.get(s);
    } catch (ServiceException e) {
      span.fail(e);
      st.degrade(e);
      if (e.errorType().equals("SessionNotFound")) {
        s.reset();
        log.session(s, "reset", CallLog.details("error_type", e.errorType(), "error_message", e.getMessage()));
      }
      return List.of();
    } finally {
      span.close();
      st.lat(LatencyComponent.DYNAMODB_SESSION_LOOKUP, (clock.epochNanos() - t0) / 1e6);
    }
  }

  List<OpenSearch.Hit> retrieve(FmRequest req, TurnState st, Question q) {
    ChildSpan span = req.vectorSearch(OpenSearch.INDEX, 3);
    long t0 = clock.epochNanos();
    try {
      OpenSearch.Result r = search.search(q, 3);
      span.attribute("fmscope.rag.results", r.hits().size());
      log.rag(st, r.dimension(), r.hits(), r.queryMs(), clock.epochNanos());
      if (r.warning() != null) {
        st.degrade(r.warning());
      }
      st.lat(LatencyComponent.OPENSEARCH_QUERY, r.queryMs());
      return r.hits();
    } catch (OpenSearch.Failure f) {
      span.fail(f.error);
      st.degrade(f.error);
      log.rag(st, f.dimension, List.of(), f.queryMs, clock.epochNanos());
      st.lat(LatencyComponent.OPENSEARCH_QUERY, f.queryMs);
      return List.of();
    } finally {
      span.close();
      st.lat(LatencyComponent.RAG_RETRIEVAL, (clock.epochNanos() - t0) / 1e6);
    }
  }

  void deliver(FmRequest req, TurnState st) {
    if (hit(st)) {
      Redis.Entry e = st.cached.entry();
      st.model = e.model();
      st.answer = e.answer();
      st.systemTokens = e.systemTokens();
      st.contextTokens = e.contextTokens();
      st.userTokens = e.userTokens();
      st.outputTokens = e.outputTokens();
      st.stopReason = "end_turn";
    } else if (st.failed() && st.answer.isEmpty()) {
      st.answer = texts.fallback(st.arrival.question().lang());
    }
    ChildSpan span = req.responseDelivery();
    try {
      st.lat(LatencyComponent.WEBSOCKET_DELIVERY, edge.deliver());
    } catch (ServiceException e) {
      span.fail(e);
      st.fail(TurnState.Failure.of(e));
    } finally {
      span.close();
    }
  }

  /** Appends the exchange to the session item (after the answer went out; not part of the latency). */
  void saveSession(FmRequest req, TurnState st) {
    if (st.failed()) {
      return;
    }
    Session s = st.arrival.session();
    ChildSpan span = req.sessionStore(DynamoDb.TABLE, "PutItem");
    try {
      sessions.put(s);
      s.append(st.arrival.question().text(), st.answer);
    } catch (ServiceException e) {
      span.fail(e);
      st.degrade(e);
      if (e.errorType().equals("ConditionalCheckFailedException")) {
        s.reset();
        log.session(s, "error", CallLog.details("error_type", e.errorType(), "error_code", e.errorCode(),
            "error_message", e.getMessage(), "action", "RESET_SESSION"));
      }
    } finally {
      span.close();
    }
  }

  void fillCache(FmRequest req, TurnState st) {
    Question q = st.arrival.question();
    if (st.failed() || q.cacheKey() == null || hit(st) || st.outputTokens == 0) {
      return;
    }
    ChildSpan span = req.cache("SET");
    try {
      redis.set(q.cacheKey(), new Redis.Entry(st.model, st.answer, st.systemTokens, st.contextTokens,
          st.userTokens, st.outputTokens, clock.epochNanos()));
    } catch (ServiceException e) {
      span.fail(e);
      st.degrade(e);
    } finally {
      span.close();
    }
  }
}
