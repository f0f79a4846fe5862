package io.fmscope.simulator.service;

import io.fmscope.sdk.resilience.tokens.TokenCounter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the counts of recent texts. A turn's prompt is counted several times (token budget, the
 * model, the log record) and most parts recur across turns (system prompts, catalog chunks, history), so
 * counting each distinct text once makes the simulation several times faster. Not thread-safe.
 */
public final class MemoTokenCounter implements TokenCounter {
  private static final int CAPACITY = 8_192;

  private final TokenCounter delegate;
  private final Map<String, Integer> counts = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > CAPACITY;
    }
  };

  public MemoTokenCounter(TokenCounter delegate) {
    this.delegate = delegate;
  }

  @Override
  public int count(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    Integer n = counts.get(text);
    if (n == null) {
      n = delegate.count(text);
      counts.put(text, n);
    }
    return n;
  }
}
