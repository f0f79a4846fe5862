package io.fmscope.simulator.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What goes wrong. A kind's intensity is either a {@link Intensity#SHARE} of the affected calls or
 * requests, in (0, 1], or a {@link Intensity#MULTIPLIER} above 1. Which components a kind applies to,
 * and what it should be diagnosed as, is data: {@code faults.yaml} (see {@link FaultCatalog}).
 */
public enum FaultKind {
  THROTTLING,
  TIMEOUT,
  LATENCY(Intensity.MULTIPLIER),
  UNAVAILABLE,
  MODEL_NOT_READY,
  VALIDATION,
  CONTENT_FILTER,
  GUARDRAIL,
  TOKEN_LIMIT,
  CONTEXT_OVERFLOW,
  PERMISSION,
  NETWORK,
  CREDENTIALS,
  ENDPOINT,
  EMPTY_RESULTS,
  INDEX_NOT_FOUND,
  DIMENSION_MISMATCH,
  SESSION_CORRUPTION,
  SESSION_NOT_FOUND,
  CACHE_STALE,
  DISCONNECT,
  OOM,
  TASK_CRASH,
  COLD_START,
  TEMPLATE_ERROR,
  RESPONSE_PARSE,
  PROMPT_BLOAT(Intensity.MULTIPLIER),
  RETRY_EXHAUSTED,
  SDK_VERSION,
  CONFIG_MISSING;

  /** How {@code intensity} is read. */
  public enum Intensity { SHARE, MULTIPLIER }

  private final Intensity intensity;

  FaultKind() {
    this(Intensity.SHARE);
  }

  FaultKind(Intensity intensity) {
    this.intensity = intensity;
  }

  public Intensity intensity() {
    return intensity;
  }

  /** The name in scenario files: lower case with underscores, e.g. {@code content_filter}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** By id; hyphens and spaces are read as underscores ({@code content-filter}). */
  public static Optional<FaultKind> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values()).filter(k -> k.id().equals(t)).findFirst();
  }

  public static String known() {
    return Arrays.stream(values()).map(FaultKind::id).collect(Collectors.joining(", "));
  }
}
