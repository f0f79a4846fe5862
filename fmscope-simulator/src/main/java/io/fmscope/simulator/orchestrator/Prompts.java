package io.fmscope.simulator.orchestrator;

import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.fmscope.sdk.resilience.tokens.FittedPrompt;
import io.fmscope.sdk.resilience.tokens.RagChunk;
import io.fmscope.sdk.resilience.tokens.TokenCounter;
import io.fmscope.sdk.resilience.tokens.Turn;
import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.service.FaultPlan;
import io.fmscope.simulator.service.OpenSearch;
import io.fmscope.simulator.traffic.Lang;
import io.fmscope.simulator.traffic.Question;
import io.fmscope.simulator.traffic.TextBank;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the model request of a turn: system prompt, conversation history, RAG chunks and the user's
 * message. Prompt faults act here: a template that renders its preamble several times (prompt bloat); a
 * deployment whose history window is off, so whole transcripts are sent (context overflow); customers
 * pasting huge texts past a misconfigured token budget (token limit).
 */
final class Prompts {
  /** A long pasted text (about a thousand tokens), repeated past the model's 200,000-token limit. */
  private static final String PASTE_JA = "以下は私が書いた漫画のレビューです。内容を要約して、似た作品を教えてください。".repeat(30);
  private static final String PASTE_EN =
      "Here is my long review of the series, please summarise it and recommend similar titles. ".repeat(50);
  /** Tokens an oversized prompt reaches: past the window by enough that estimates cannot disagree. */
  private static final int OVERSIZE_TOKENS = 215_000;

  /** The request and, when a fault made it oversized, the fault whose error Bedrock will report. */
  record Built(ContextRequest request, FaultPlan.Window oversize) {}

  private final TextBank texts;
  private final FaultPlan faults;

  Prompts(TextBank texts, FaultPlan faults) {
    this.texts = texts;
    this.faults = faults;
  }

  Built build(Question q, List<String> history, List<OpenSearch.Hit> hits, long now, String model) {
    String system = texts.system(q.lang());
    double bloat = Math.max(faults.multiplier(Component.ORCHESTRATOR, FaultKind.PROMPT_BLOAT, now, model),
        faults.multiplier(Component.DEPLOYMENT, FaultKind.PROMPT_BLOAT, now, model));
    if (bloat > 1) {
      system = (system + "\n").repeat((int) Math.round(bloat)).strip();
    }
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      turns.add(i % 2 == 0 ? Turn.user(history.get(i)) : Turn.assistant(history.get(i)));
    }
    String user = q.text();
    FaultPlan.Window overflow = hit(Component.ORCHESTRATOR, Component.DEPLOYMENT, FaultKind.CONTEXT_OVERFLOW, now, model);
    FaultPlan.Window tooLong = overflow != null ? null
        : hit(Component.BEDROCK, Component.DEPLOYMENT, FaultKind.TOKEN_LIMIT, now, model);
    if (overflow != null) {
      String paste = paste(q.lang());
      for (int i = 0, n = repeats(q.lang()); i < n; i++) { // an untrimmed transcript of long exchanges
        turns.add(Turn.user(paste));
        turns.add(Turn.assistant(texts.fallback(q.lang())));
      }
      turns.add(Turn.user(q.text()));
      turns.add(Turn.assistant(texts.fallback(q.lang())));
    } else if (tooLong != null) {
      user = paste(q.lang()).repeat(repeats(q.lang())) + "\n" + q.text();
    }
    List<RagChunk> chunks = new ArrayList<>();
    for (OpenSearch.Hit h : hits) {
      chunks.add(new RagChunk("manga-" + h.manga().rank(), h.text(), h.score()));
    }
    return new Built(new ContextRequest(system, turns, chunks, user), overflow != null ? overflow : tooLong);
  }

  private FaultPlan.Window hit(Component a, Component b, FaultKind k, long now, String model) {
    FaultPlan.Window w = faults.hit(a, k, now, model);
    return w != null ? w : faults.hit(b, k, now, model);
  }

  private static final int JA_REPEATS = OVERSIZE_TOKENS / TokenCounter.calibrated().count(PASTE_JA) + 1;
  private static final int EN_REPEATS = OVERSIZE_TOKENS / TokenCounter.calibrated().count(PASTE_EN) + 1;

  private static int repeats(Lang l) {
    return l == Lang.JA ? JA_REPEATS : EN_REPEATS;
  }

  private static String paste(Lang l) {
    return l == Lang.JA ? PASTE_JA : PASTE_EN;
  }

  /** The prompt as sent, for hashing and the logger's scans. */
  static String render(FittedPrompt p) {
    StringBuilder b = new StringBuilder(p.systemPrompt()).append("\n\n");
    for (RagChunk c : p.ragChunks()) {
      b.append("[参考情報/Reference] ").append(c.text()).append('\n');
    }
    for (Turn t : p.history()) {
      b.append(t.role() == Turn.Role.USER ? "Human: " : "Assistant: ").append(t.text()).append('\n');
    }
    return b.append("Human: ").append(p.userMessage()).append("\nAssistant:").toString();
  }
}
