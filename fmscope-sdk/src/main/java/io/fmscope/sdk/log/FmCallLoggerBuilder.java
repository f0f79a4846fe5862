package io.fmscope.sdk.log;

import io.fmscope.sdk.export.LogSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Configures a {@link FmCallLogger}; obtained from {@link FmCallLogger#builder()}. */
public final class FmCallLoggerBuilder {
  /** Default longest captured prompt, response or query text. */
  public static final int DEFAULT_MAX_CAPTURED_CHARS = 32_768;

  private String service;
  private String region = "ap-northeast-1";
  private final List<LogSink> sinks = new ArrayList<>();
  private CostModel costModel;
  private ErrorEnricher errorEnricher = ErrorEnricher.seedDefaults();
  private boolean captureContent;
  private int maxCapturedChars = DEFAULT_MAX_CAPTURED_CHARS;
  private Clock clock = Clock.systemUTC();
  private Supplier<String> traceIdSource;
  private final Map<String, String> defaultTags = new LinkedHashMap<>();

  FmCallLoggerBuilder() {}

  /** The emitting service, written as {@code metadata.service}. */
  public FmCallLoggerBuilder service(String name) {
    service = name;
    return this;
  }

  /** Written as {@code metadata.region}; the seed's default is {@code ap-northeast-1}. */
  public FmCallLoggerBuilder region(String name) {
    if (name != null && !name.isBlank()) {
      region = name;
    }
    return this;
  }

  /** Adds a sink; with none, records go to standard output as in the seed. */
  public FmCallLoggerBuilder sink(LogSink sink) {
    if (sink != null) {
      sinks.add(sink);
    }
    return this;
  }

  /** Prices each call; without one the {@code cost} section is omitted. */
  public FmCallLoggerBuilder costModel(CostModel model) {
    costModel = model;
    return this;
  }

  /** Classifies errors; defaults to {@link ErrorEnricher#seedDefaults()}. */
  public FmCallLoggerBuilder errorEnricher(ErrorEnricher enricher) {
    errorEnricher = enricher == null ? ErrorEnricher.seedDefaults() : enricher;
    return this;
  }

  /**
   * Writes raw prompt, response and query text (secrets redacted, cut to {@link
   * #maxCapturedChars}). Off by default: only hashes and derived metrics are written.
   */
  public FmCallLoggerBuilder captureContent(boolean on) {
    captureContent = on;
    return this;
  }

  public FmCallLoggerBuilder maxCapturedChars(int chars) {
    maxCapturedChars = Math.max(16, chars);
    return this;
  }

  /** The clock that timestamps records without an explicit timestamp. */
  public FmCallLoggerBuilder clock(Clock c) {
    if (c != null) {
      clock = c;
    }
    return this;
  }

  /**
   * Supplies the current trace id (32 hex) for records that set none, e.g. {@code () ->
   * Span.current().getSpanContext().getTraceId()}; may return null.
   */
  public FmCallLoggerBuilder traceIdSource(Supplier<String> source) {
    traceIdSource = source;
    return this;
  }

  /** A tag added to every FM-call record (e.g. {@code env=prod}); the call's own tags win. */
  public FmCallLoggerBuilder defaultTag(String key, String value) {
    defaultTags.put(key, value);
    return this;
  }

  public FmCallLogger build() {
    List<LogSink> s = sinks.isEmpty() ? List.of(LogSink.stdout()) : sinks;
    LoggerConfig config = new LoggerConfig(service, region, costModel, errorEnricher,
        captureContent, maxCapturedChars, clock, traceIdSource,
        Collections.unmodifiableMap(new LinkedHashMap<>(defaultTags)));
    return new FmCallLogger(config, s);
  }
}
