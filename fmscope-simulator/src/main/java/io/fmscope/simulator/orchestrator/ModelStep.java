package io.fmscope.simulator.orchestrator;

import io.fmscope.errors.classify.ErrorInput;
import io.fmscope.errors.classify.PatternMatch;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.ResilienceDetails;
import io.fmscope.sdk.resilience.InvocationResult;
import io.fmscope.sdk.resilience.PromptTooLargeException;
import io.fmscope.sdk.resilience.ResilienceOutcome;
import io.fmscope.sdk.resilience.ResilientInvoker;
import io.fmscope.sdk.resilience.tokens.FittedPrompt;
import io.fmscope.sdk.resilience.tokens.TokenCounter;
import io.fmscope.sdk.trace.FmRequest;
import io.fmscope.sdk.trace.ModelInvokeSpan;
import io.fmscope.simulator.clock.SimClock;
import io.fmscope.simulator.service.Bedrock;
import io.fmscope.simulator.service.ServiceException;
import io.fmscope.simulator.traffic.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The Bedrock call of a turn through the SDK's {@link ResilientInvoker}: token budget, retries with
 * full-jitter backoff (slept on the simulated clock), retry budget, circuit breakers, Sonnet-to-Haiku
 * fallback. Each attempt is a traced model-invoke span. A call refused by an open breaker is logged
 * with the error that opened it, which the application knows and the breaker's own message does not say.
 */
final class ModelStep {
  private final Instrumentation sdk;
  private final Bedrock bedrock;
  private final SimClock clock;
  private final RandomGenerator jitter;
  /** The last error each model failed with: the reason its breaker may be open. */
  private final Map<String, ServiceException> lastFailure = new HashMap<>();

  private final TokenCounter counter;

  ModelStep(Instrumentation sdk, Bedrock bedrock, SimClock clock, RandomGenerator jitter, TokenCounter counter) {
    this.counter = counter;
    this.sdk = sdk;
    this.bedrock = bedrock;
    this.clock = clock;
    this.jitter = jitter;
  }

  void invoke(FmRequest req, TurnState st, Prompts.Built built, String planned, boolean mature) {
    Question q = st.arrival.question();
    String session = st.arrival.session().id();
    ResilientInvoker invoker = sdk.invoker(st.model, built.oversize() != null, clock, jitter);
    long t0 = clock.epochNanos();
    int[] attempt = {0};
    Bedrock.Reply[] last = {null};
    FittedPrompt[] sent = {null};
    InvocationResult<Bedrock.Reply> result = invoker.invoke(built.request(), (modelId, prompt) -> {
      sent[0] = prompt;
      try (ModelInvokeSpan span = req.modelInvoke(modelId, prompt.maxOutputTokens(), attempt[0]++)) {
        try {
          Bedrock.Reply r = bedrock.invoke(modelId, prompt, planned, mature, built.oversize(), session);
          span.usage(r.inputTokens(), r.outputTokens()).responseModel(modelId).finishReasons(r.stopReason());
          last[0] = r;
          return r;
        } catch (ServiceException e) {
          span.fail(e);
          lastFailure.put(modelId, e);
          throw e;
        }
      }
    });
    ResilienceOutcome o = result.outcome();
    st.model = o.finalModelId();
    st.lat(LatencyComponent.BEDROCK_INVOKE, (clock.epochNanos() - t0) / 1e6);
    st.resilience = new ResilienceDetails(o.retryCount(), o.fallbackUsed(),
        o.fallbackUsed() ? o.originalModelId() : null, o.truncationApplied(), o.tokensTruncated(),
        o.historyTurnsDropped(), o.ragChunksDropped(), o.circuitBreakerState());
    if (sent[0] != null) {
      tokens(st, sent[0], q);
    } else {
      st.userTokens = bedrockCount(q.text());
    }
    switch (result) {
      case InvocationResult.Success<Bedrock.Reply> s -> success(st, s.value());
      case InvocationResult.Failure<Bedrock.Reply> f -> failure(st, f.error(), o);
    }
  }

  private void success(TurnState st, Bedrock.Reply r) {
    st.lat(LatencyComponent.BEDROCK_FIRST_TOKEN, r.firstTokenMs());
    st.outputTokens = r.outputTokens();
    st.stopReason = r.stopReason();
    if (r.blocked() != null) {
      st.fail(TurnState.Failure.of(r.blocked()));
      return;
    }
    st.answer = r.text();
  }

  private void failure(TurnState st, Throwable error, ResilienceOutcome o) {
    st.stopReason = null;
    if (error instanceof ServiceException e) {
      st.fail(TurnState.Failure.of(e));
    } else if (error instanceof PromptTooLargeException p) {
      st.fail(new TurnState.Failure("PromptTooLargeException", "PromptTooLarge", p.getMessage(), "bedrock",
          FmCallStatus.ERROR, "TOKEN_LIMIT", null));
    } else {
      // Every model of the chain refused by its circuit breaker: say which error opened it.
      ServiceException cause = lastFailure.get(o.finalModelId());
      String category = cause == null ? null : category(cause);
      FmCallStatus status = "MODEL_THROTTLE".equals(category) ? FmCallStatus.THROTTLED
          : "MODEL_TIMEOUT".equals(category) ? FmCallStatus.TIMEOUT : FmCallStatus.ERROR;
      String message = error.getMessage() + (cause == null ? "" : " (opened by " + cause + ")");
      st.fail(new TurnState.Failure(error.getClass().getSimpleName(), "CircuitBreakerOpen", message, "bedrock",
          status, category, cause == null ? null : cause.faultId()));
    }
  }

  private String category(ServiceException e) {
    List<PatternMatch> m = sdk.classifier.match(ErrorInput.builder(e.getMessage()).code(e.errorCode())
        .service(e.upstream()).build());
    return m.isEmpty() ? null : m.getFirst().category();
  }

  /** Tokens as Bedrock counts them: system prompt, context (RAG chunks and history), user message. */
  private void tokens(TurnState st, FittedPrompt p, Question q) {
    int system = bedrockCount(p.systemPrompt());
    int user = bedrockCount(p.userMessage());
    int all = bedrock.inputTokens(p);
    st.systemTokens = system;
    st.userTokens = user;
    st.contextTokens = Math.max(0, all - system - user);
    st.ragChunks = p.ragChunks().size();
    st.ragScores = p.ragChunks().stream().map(c -> c.relevance()).toList();
    st.prompt = Prompts.render(p);
  }

  private int bedrockCount(String text) {
    return counter.count(text);
  }
}
