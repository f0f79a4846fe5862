package io.fmscope.simulator.orchestrator;

import io.fmscope.sdk.FmScope;

import io.fmscope.errors.catalog.ErrorCatalog;
import io.fmscope.errors.classify.ErrorClassifier;
import io.fmscope.sdk.cost.CostCalculator;
import io.fmscope.sdk.cost.PricingCatalog;
import io.fmscope.sdk.export.LogSink;
import io.fmscope.sdk.log.FmCallLogger;
import io.fmscope.sdk.resilience.BreakerPolicy;
import io.fmscope.sdk.resilience.CatalogRetryClassifier;
import io.fmscope.sdk.resilience.Classification;
import io.fmscope.sdk.resilience.FallbackChain;
import io.fmscope.sdk.resilience.ModelBreakers;
import io.fmscope.sdk.resilience.ModelSpec;
import io.fmscope.sdk.resilience.ResilientInvoker;
import io.fmscope.sdk.resilience.RetryBudget;
import io.fmscope.sdk.resilience.RetryBudgetPolicy;
import io.fmscope.sdk.resilience.RetryClassifier;
import io.fmscope.sdk.resilience.RetryPolicy;
import io.fmscope.sdk.resilience.tokens.TokenBudget;
import io.fmscope.sdk.resilience.tokens.TokenBudgetPolicy;
import io.fmscope.sdk.resilience.tokens.TokenCounter;
import io.fmscope.sdk.trace.FmTracer;
import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.output.SpanOutput;
import io.fmscope.simulator.scenario.Models;
import io.fmscope.simulator.service.ServiceException;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The real fmscope SDK wired the way MangaAssist uses it: the structured logger (catalog-backed error
 * enricher, Bedrock pricing, the simulated clock, trace ids from the current span), the resilient invoker
 * (catalog retry classifier, full-jitter backoff on a fake sleeper that advances simulated time, a shared
 * retry budget and per-model circuit breakers on the arrival clock, the token budget) and the tracer.
 */
final class Instrumentation {
  static final String SERVICE = "manga-assist-orchestrator";
  static final int MAX_TOKENS = 300;
  /** What a misconfigured deployment believes the context window is (the token budget then never trims). */
  static final int MISCONFIGURED_WINDOW = 1_000_000;
  /** The whole invocation may take this long before no new attempt starts. */
  static final Duration DEADLINE = Duration.ofSeconds(12);

  final FmCallLogger logger;
  final ErrorClassifier classifier;
  private final RetryClassifier retryClassifier;
  private final RetryBudget budget = new RetryBudget(RetryBudgetPolicy.DEFAULT);
  private final ModelBreakers breakers;
  private final TokenBudget tokens;
  private final SpanOutput spans;
  private final IdGenerator ids;
  private final Map<String, FmTracer> tracers = new HashMap<>();
  private final FmTracer silent = FmTracer.noop();

  Instrumentation(SimClock turnClock, SimClock arrivalClock, List<LogSink> sinks, SpanOutput spans, IdGenerator ids,
      TokenCounter counter) {
    this.tokens = new TokenBudget(counter, TokenBudgetPolicy.DEFAULT);
    this.classifier = new ErrorClassifier(ErrorCatalog.fromEnvironment(), turnClock);
    CatalogRetryClassifier catalog = new CatalogRetryClassifier(classifier, "bedrock");
    // The simulated clients' exceptions carry the service's error code; classify by it, not the class name.
    this.retryClassifier = new RetryClassifier() {
      @Override
      public Classification classify(String code, String message) {
        return catalog.classify(code, message);
      }

      @Override
      public Classification classify(Throwable error) {
        return error instanceof ServiceException e ? catalog.classify(e.errorCode(), e.getMessage())
            : RetryClassifier.super.classify(error);
      }
    };
    this.breakers = new ModelBreakers(BreakerPolicy.DEFAULT, arrivalClock);
    this.spans = spans;
    this.ids = ids;
    var b = FmCallLogger.builder().service(SERVICE).region("ap-northeast-1").clock(turnClock)
        .costModel(FmScope.costModel(new CostCalculator(PricingCatalog.builtIn())))
        .errorEnricher(FmScope.errorEnricher(classifier))
        .traceIdSource(() -> FmTracer.currentTraceId().orElse(null))
        .defaultTag("app", "manga-assist");
    sinks.forEach(b::sink);
    this.logger = b.sink(LogSink.noop()).build();
  }

  /** An invoker for one turn: shared budget and breakers, this turn's clock, sleeper and jitter. */
  ResilientInvoker invoker(String primary, boolean misconfiguredWindow, SimClock clock, RandomGenerator jitter) {
    int window = misconfiguredWindow ? MISCONFIGURED_WINDOW : Models.CONTEXT_WINDOW;
    FallbackChain chain = Models.SONNET.equals(primary)
        ? FallbackChain.of(new ModelSpec(Models.SONNET, window, MAX_TOKENS), new ModelSpec(Models.HAIKU, window, MAX_TOKENS))
        : FallbackChain.of(new ModelSpec(Models.HAIKU, window, MAX_TOKENS));
    return ResilientInvoker.builder(chain, retryClassifier).retryPolicy(RetryPolicy.DEFAULT.withDeadline(DEADLINE))
        .retryBudget(budget).breakers(breakers).tokenBudget(tokens).clock(clock)
        .sleeper(d -> clock.advanceMillis(d.toNanos() / 1e6)).random(jitter).build();
  }

  /** The tracer of one orchestrator task. */
  FmTracer tracer(String taskId, SimClock clock) {
    FmTracer t = tracers.computeIfAbsent(taskId, id -> FmTracer.create(spans.forTask(id, ids), SERVICE));
    if (tracers.size() > 256) {
      tracers.clear(); // tasks replaced long ago; their providers hold nothing worth keeping
    }
    return t.withClock(clock::epochNanos);
  }

  /** A tracer that exports nothing (the warm-up before a run). */
  FmTracer silentTracer(SimClock clock) {
    return silent.withClock(clock::epochNanos);
  }
}
