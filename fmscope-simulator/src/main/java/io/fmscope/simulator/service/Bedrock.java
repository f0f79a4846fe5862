package io.fmscope.simulator.service;

import io.fmscope.sdk.resilience.tokens.FittedPrompt;
import io.fmscope.sdk.resilience.tokens.RagChunk;
import io.fmscope.sdk.resilience.tokens.TokenCounter;
import io.fmscope.sdk.resilience.tokens.Turn;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultCatalog;
import io.fmscope.simulator.scenario.FaultDefinition;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.scenario.Models;

/**
 * Amazon Bedrock InvokeModel for Claude 3 Sonnet and Haiku. Latency is time to first token (grows a little
 * with the input) plus output tokens at the model's speed; tokens are counted from the actual prompt and
 * answer texts. Claude 3's 200,000-token window is enforced. Faults are checked in the order a real call
 * meets them: client configuration (credentials, region, SDK), network, IAM, request validation, then
 * the service (throttling, not ready, unavailable, read timeout), then the output (content filter,
 * guardrail).
 */
public final class Bedrock {
  /** The orchestrator's read timeout for InvokeModel. */
  public static final double READ_TIMEOUT_MS = 10_000;
  private static final double CONNECT_TIMEOUT_MS = 2_000;

  private record Speed(LogNormal ttft, double ttftPerInputTokenMs, LogNormal tokensPerSecond) {}

  private static final Speed SONNET = new Speed(new LogNormal(520, 0.22), 0.04, new LogNormal(95, 0.10));
  private static final Speed HAIKU = new Speed(new LogNormal(260, 0.22), 0.015, new LogNormal(160, 0.10));
  private static final LogNormal CLIENT_FAIL = new LogNormal(2, 0.3);
  private static final LogNormal REJECT = new LogNormal(38, 0.3);
  private static final LogNormal UNAVAILABLE = new LogNormal(180, 0.4);
  private static final FaultKind[] CLIENT = {FaultKind.CREDENTIALS, FaultKind.ENDPOINT, FaultKind.SDK_VERSION,
      FaultKind.CONFIG_MISSING};
  private static final FaultKind[] REJECTED = {FaultKind.PERMISSION, FaultKind.VALIDATION};
  private static final FaultKind[] SERVICE = {FaultKind.THROTTLING, FaultKind.MODEL_NOT_READY};

  /**
   * A model answer: its text, token usage and timings; {@code blocked} is set (and the text empty) when
   * a content filter or guardrail stopped the output.
   */
  public record Reply(String text, int inputTokens, int outputTokens, String stopReason, double firstTokenMs,
      double totalMs, ServiceException blocked) {}

  private final Infra infra;
  private final TokenCounter counter;

  public Bedrock(Infra infra, TokenCounter counter) {
    this.infra = infra;
    this.counter = counter;
  }

  /**
   * One InvokeModel call.
   *
   * @param answer what the model will say when nothing goes wrong
   * @param mature the question is about a title with mature themes (filters trip more often)
   * @param oversize the fault whose error a too-long prompt reports (token_limit or context_overflow), or null
   */
  public Reply invoke(String model, FittedPrompt prompt, String answer, boolean mature, FaultPlan.Window oversize,
      String sessionId) {
    long now = infra.now();
    FaultPlan f = infra.faults();
    for (FaultKind k : CLIENT) {
      FaultPlan.Window w = hitAny(k, now, model);
      if (w != null) {
        infra.spend(CLIENT_FAIL);
        throw Infra.error(w, model, sessionId, null);
      }
    }
    FaultPlan.Window net = f.hit(Component.BEDROCK, FaultKind.NETWORK, now, model);
    if (net != null) {
      infra.spend(CONNECT_TIMEOUT_MS);
      throw Infra.error(net, model, sessionId, null);
    }
    for (FaultKind k : REJECTED) {
      FaultPlan.Window w = hitAny(k, now, model);
      if (w != null) {
        infra.spend(REJECT);
        throw Infra.error(w, model, sessionId, null);
      }
    }
    int input = inputTokens(prompt);
    if (input > Models.CONTEXT_WINDOW) {
      infra.spend(REJECT);
      FaultPlan.Window w = oversize;
      if (w == null) {
        FaultDefinition d = FaultCatalog.builtIn().get(Component.BEDROCK, FaultKind.TOKEN_LIMIT);
        throw new ServiceException(d.error(), d.error().message(), d.upstream(), FaultPlan.BACKGROUND, d.status());
      }
      throw Infra.error(w, model, sessionId, (long) input);
    }
    for (FaultKind k : SERVICE) {
      FaultPlan.Window w = f.hit(Component.BEDROCK, k, now, model);
      if (w != null) {
        infra.spend(REJECT);
        throw Infra.error(w, model, sessionId, null);
      }
    }
    FaultPlan.Window down = f.hit(Component.BEDROCK, FaultKind.UNAVAILABLE, now, model);
    if (down != null) {
      infra.spend(UNAVAILABLE);
      throw Infra.error(down, model, sessionId, null);
    }
    FaultPlan.Window hang = f.hit(Component.BEDROCK, FaultKind.TIMEOUT, now, model);
    if (hang != null) {
      infra.spend(READ_TIMEOUT_MS);
      throw Infra.error(hang, model, sessionId, null);
    }
    return generate(model, input, prompt.maxOutputTokens(), answer, mature, sessionId, now);
  }

  private Reply generate(String model, int input, int maxTokens, String answer, boolean mature, String sessionId,
      long now) {
    Speed s = Models.SONNET.equals(model) ? SONNET : HAIKU;
    double slow = infra.faults().multiplier(Component.BEDROCK, FaultKind.LATENCY, now, model);
    double ttft = (s.ttft().sample(infra.rng()) + input * s.ttftPerInputTokenMs()) * slow;
    FaultPlan.Window filter = infra.faults().hit(Component.BEDROCK, FaultKind.CONTENT_FILTER, now, model, mature ? 3 : 1);
    if (filter == null) {
      filter = infra.faults().hit(Component.BEDROCK, FaultKind.GUARDRAIL, now, model);
    }
    if (filter != null && ttft < READ_TIMEOUT_MS) {
      infra.spend(ttft);
      String reason = filter.spec().kind() == FaultKind.GUARDRAIL ? "guardrail_intervened" : "content_filtered";
      return new Reply("", input, 0, reason, ttft, ttft, Infra.error(filter, model, sessionId, null));
    }
    int output = counter.count(answer);
    String stop = "end_turn";
    if (output > maxTokens) {
      output = maxTokens;
      stop = "max_tokens";
    }
    double total = ttft + output * 1000.0 / s.tokensPerSecond().sample(infra.rng()) * slow;
    if (total > READ_TIMEOUT_MS) {
      FaultPlan.Window w = infra.faults().activeMultiplier(Component.BEDROCK, FaultKind.LATENCY, now, model);
      infra.spend(READ_TIMEOUT_MS);
      throw Infra.error(Component.BEDROCK, FaultKind.LATENCY, w == null ? FaultPlan.BACKGROUND : w.spec().id(),
          model, sessionId);
    }
    infra.spend(total);
    return new Reply(answer, input, output, stop, ttft, total, null);
  }

  /** The prompt's size as the model counts it: every part's text. */
  public int inputTokens(FittedPrompt p) {
    long n = counter.count(p.systemPrompt()) + (long) counter.count(p.userMessage());
    for (Turn t : p.history()) {
      n += counter.count(t.text());
    }
    for (RagChunk c : p.ragChunks()) {
      n += counter.count(c.text());
    }
    return (int) Math.min(Integer.MAX_VALUE, n);
  }

  /** A fault of kind {@code k} on the deployment or on Bedrock itself. */
  private FaultPlan.Window hitAny(FaultKind k, long now, String model) {
    FaultPlan.Window w = infra.faults().hit(Component.DEPLOYMENT, k, now, model);
    return w != null ? w : infra.faults().hit(Component.BEDROCK, k, now, model);
  }
}
