package io.fmscope.simulator.orchestrator;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.sdk.export.LogSink;
import io.fmscope.sdk.resilience.tokens.TokenCounter;
import io.fmscope.sdk.trace.ChildSpan;
import io.fmscope.sdk.trace.FmRequest;
import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.service.Bedrock;
import io.fmscope.simulator.service.DynamoDb;
import io.fmscope.simulator.service.Edge;
import io.fmscope.simulator.service.FaultPlan;
import io.fmscope.simulator.service.Fleet;
import io.fmscope.simulator.service.Infra;
import io.fmscope.simulator.service.LogNormal;
import io.fmscope.simulator.service.MemoTokenCounter;
import io.fmscope.simulator.service.OpenSearch;
import io.fmscope.simulator.service.Redis;
import io.fmscope.simulator.service.ServiceException;
import io.fmscope.simulator.traffic.Ids;
import io.fmscope.simulator.traffic.MangaCatalog;
import io.fmscope.simulator.traffic.Question;
import io.fmscope.simulator.traffic.Session;
import io.fmscope.simulator.traffic.TextBank;
import io.fmscope.simulator.traffic.TrafficSource.Arrival;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The MangaAssist orchestrator (an ECS Fargate service) handling one chat turn the way the seed describes:
 * WebSocket message through API Gateway, Redis response-cache check, DynamoDB session read, OpenSearch
 * vector search, Bedrock call on Sonnet or Haiku through the SDK's resilient invoker, response parsing,
 * WebSocket delivery, then the session write and cache fill. Every step is traced and the turn is logged
 * as one FM_CALL record (plus RAG_RETRIEVAL and SESSION_EVENT records). Dependencies that fail degrade
 * the answer (status PARTIAL); failures of the model call or of the orchestrator itself fail the turn and
 * the customer gets an apology. Single-threaded: turns are handled one after another in arrival order.
 */
public final class Orchestrator implements AutoCloseable {
  private static final LogNormal PROCESSING = new LogNormal(14, 0.35);
  private static final LogNormal PARSING = new LogNormal(2.2, 0.4);

  private final SimClock clock;
  private final SimClock arrivalClock;
  private final Infra infra;
  private final Instrumentation sdk;
  private final CallLog log;
  private final Redis redis;
  private final DynamoDb sessions;
  private final OpenSearch search;
  private final Bedrock bedrock;
  private final Edge edge;
  private final Fleet fleet;
  private final Prompts prompts;
  private final ModelStep model;
  private final TextBank texts;
  private final MangaCatalog catalog;
  private final RandomGenerator ids;
  private final RandomGenerator answers;

  /**
   * @param rngs independent generators: latencies, fault draws, ids, answers, retry jitter
   */
  public Orchestrator(SimClock clock, FaultPlan faults, int tasks, List<LogSink> sinks, SpanOutput spans,
      IdGenerator spanIds, RandomGenerator latencies, RandomGenerator ids, RandomGenerator answers,
      RandomGenerator jitter) {
    this.clock = clock;
    this.arrivalClock = new SimClock(clock.instant());
    this.infra = new Infra(clock, latencies, faults);
    TokenCounter counter = new MemoTokenCounter(TokenCounter.calibrated());
    this.sdk = new Instrumentation(clock, arrivalClock, sinks, spans, spanIds, counter);
    this.log = new CallLog(sdk.logger);
    this.texts = TextBank.builtIn();
    this.catalog = MangaCatalog.builtIn();
    this.redis = new Redis(infra);
    this.sessions = new DynamoDb(infra);
    this.search = new OpenSearch(infra, catalog);
    this.bedrock = new Bedrock(infra, counter);
    this.edge = new Edge(infra);
    this.fleet = new Fleet(infra, ids, tasks);
    this.prompts = new Prompts(texts, faults);
    this.model = new ModelStep(sdk, bedrock, clock, jitter, counter);
    this.ids = ids;
    this.answers = answers;
  }

  /** Handles one turn from its arrival to the session write; returns how it went. */
  public TurnResult handle(Arrival a) {
    clock.setNanos(a.atNanos());
    arrivalClock.setNanos(Math.max(arrivalClock.epochNanos(), a.atNanos()));
    Session s = a.session();
    Question q = a.question();
    TurnState st = new TurnState(a, Ids.uuid(ids));
    st.model = q.intent().model();
    if (a.turn() == 1) {
      log.session(s, "start", CallLog.details("language", s.lang().key(), "channel", "websocket"));
    }
    st.lat(LatencyComponent.API_GATEWAY, edge.receive());
    Fleet.Task task = fleet.route();
    st.taskId = task.id();
    try (FmRequest req = sdk.tracer(task.id(), clock).request(st.requestId, s.id(), st.model)) {
      String trace = req.traceId();
      st.traceId = trace.chars().allMatch(c -> c == '0') ? null : trace;
      process(req, st, task);
      if (!st.failed() && !hit(st)) {
        answer(req, st);
      }
      deliver(req, st);
      if (st.failed()) {
        req.fail(new ServiceFailure(st.failure));
      } else if (st.degraded != null) {
        req.status(206);
      }
      st.deliveredNanos = clock.epochNanos();
      st.lat(LatencyComponent.TOTAL_E2E, (st.deliveredNanos - a.atNanos()) / 1e6);
      saveSession(req, st);
      fillCache(req, st);
    }
    FmCallRecord r = log.fmCall(st);
    if (!s.hasMoreTurns()) {
      log.session(s, "end", CallLog.details("turns", a.turn(), "reason", "completed"));
    }
    double cost = r.cost() == null ? 0 : r.cost().totalCostUsd();
    return new TurnResult(CallLog.instant(st.deliveredNanos), st.latency[LatencyComponent.TOTAL_E2E.ordinal()],
        r.status(), st.model, cost, hit(st), st.errorType(), st.faultId());
  }

  /** Orchestrator work before the cache: start-up cost on a cold task, then crashes and template faults. */
  private void process(FmRequest req, TurnState st, Fleet.Task task) {
    long now = clock.epochNanos();
    double ms = fleet.coldPenaltyMs(task) + PROCESSING.sample(infra.rng())
        * infra.faults().multiplier(Component.ORCHESTRATOR, FaultKind.LATENCY, now, null);
    st.lat(LatencyComponent.ORCHESTRATOR_PROCESSING, infra.spend(ms));
    for (FaultKind k : new FaultKind[] {FaultKind.OOM, FaultKind.TASK_CRASH, FaultKind.RETRY_EXHAUSTED,
        FaultKind.TEMPLATE_ERROR}) {
      FaultPlan.Window w = infra.faults().hit(Component.ORCHESTRATOR, k, now, st.model);
      if (w == null) {
        w = infra.faults().hit(Component.DEPLOYMENT, k, now, st.model);
      }
      if (w != null) {
        st.fail(TurnState.Failure.of(Infra.error(w, st.model, st.arrival.session().id(), null)));
        if (k == FaultKind.OOM || k == FaultKind.TASK_CRASH) {
          fleet.replace(task);
        }
        return;
      }
    }
    Question q = st.arrival.question();
    if (q.cacheKey() != null) {
      cacheCheck(req, st, q);
    }
  }

  private static boolean hit(TurnState st) {
    return st.cached != null && st.cached.entry() != null;
  }

  private void cacheCheck(FmRequest req, TurnState st, Question q) {
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

  /** Session read, retrieval, model call and parsing; or the cached answer. */
  private void answer(FmRequest req, TurnState st) {
    Session s = st.arrival.session();
    Question q = st.arrival.question();
    List<String> history = readSession(req, st, s);
    List<OpenSearch.Hit> hits = retrieve(req, st, q);
    String planned = io.fmscope.simulator.traffic.Render.answer(texts, catalog, q, answers);
    Prompts.Built built = prompts.build(q, history, hits, clock.epochNanos(), st.model);
    model.invoke(req, st, built, planned, q.manga().mature());
    if (!st.failed()) {
      st.lat(LatencyComponent.RESPONSE_PARSING, infra.spend(PARSING));
      FaultPlan.Window bad = infra.faults().hit(Component.ORCHESTRATOR, FaultKind.RESPONSE_PARSE, clock.epochNanos(), null);
      if (bad != null) {
        st.fail(TurnState.Failure.of(Infra.error(bad, st.model, s.id(), null)));
      }
    }
    if (st.failed()) {
      st.answer = texts.fallback(q.lang());
    }
  }

  private List<String> readSession(FmRequest req, TurnState st, Session s) {
    ChildSpan span = req.sessionStore(DynamoDb.TABLE, "GetItem");
    long t0 = clock.epochNanos();
    try {
      return sessions.get(s);
    } catch (ServiceException e) {
      span.fail(e);
      st.degrade(e);
      if (e.faultId() != null && e.errorType().equals("SessionNotFound")) {
        s.reset();
        log.session(s, "reset", CallLog.details("error_type", e.errorType(), "error_message", e.getMessage()));
      }
      return List.of();
    } finally {
      span.close();
      st.lat(LatencyComponent.DYNAMODB_SESSION_LOOKUP, (clock.epochNanos() - t0) / 1e6);
    }
  }

  private List<OpenSearch.Hit> retrieve(FmRequest req, TurnState st, Question q) {
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

  private void deliver(FmRequest req, TurnState st) {
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
      st.lat(LatencyComponent.WEBSOCKET_DELIVERY, 0);
      st.fail(TurnState.Failure.of(e));
    } finally {
      span.close();
    }
  }

  /** Appends the exchange to the session item (after the answer went out; not part of the latency). */
  private void saveSession(FmRequest req, TurnState st) {
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

  private void fillCache(FmRequest req, TurnState st) {
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

  /** Flushes the logger's sinks; true when they drained in time. */
  public boolean flush(java.time.Duration timeout) {
    return sdk.logger.flush(timeout);
  }

  @Override
  public void close() {
    sdk.logger.close();
  }

  /** A failed turn as an exception for the request span; its status gives the X-Ray error/throttle/fault flags. */
  public static final class ServiceFailure extends RuntimeException {
    private final int status;

    ServiceFailure(TurnState.Failure f) {
      super(f.type() + ": " + f.message(), null, false, false);
      this.status = switch (f.status()) {
        case THROTTLED -> 429;
        case TIMEOUT -> 504;
        case CONTENT_FILTERED -> 400;
        default -> 500;
      };
    }

    public int statusCode() {
      return status;
    }
  }
}
