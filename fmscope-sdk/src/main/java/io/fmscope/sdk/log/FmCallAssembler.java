package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.FmCallMetadata;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.IsoTimestamps;
import io.fmscope.model.fmcall.LatencyBreakdown;
import io.fmscope.model.fmcall.LatencyComponent;
import io.fmscope.model.fmcall.PromptMetrics;
import io.fmscope.model.fmcall.ResponseMetrics;
import io.fmscope.sdk.log.FmCallBuilder.CallInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a call's raw inputs into a record: repairs every value (see {@link Repairs}), computes the
 * derived fields (input total, prompt hash, language, keyword flags, response length) and runs the
 * cost and error hooks through {@link CallSections}.
 */
final class FmCallAssembler {
  /** Only this many leading chars of a text are scanned for language and keywords. */
  static final int ANALYSIS_LIMIT = 65_536;
  /** At most this many relevance scores are kept. */
  static final int MAX_SCORES = 1000;

  private static final TextScan PROMPT_SCAN = new TextScan(
      "manga", "comic", "volume", "chapter", "漫画", "マンガ", "まんが", "コミック", "単行本", "巻");
  private static final TextScan RESPONSE_SCAN = new TextScan("isbn", "price", "価格", "税込");

  /** {@code latency.<name>} per component, built once instead of eleven concatenations a record. */
  private static final String[] LATENCY_PATHS = latencyPaths();

  private static final Instant LATEST = Instant.ofEpochMilli(IsoTimestamps.MAX_EPOCH_MS);

  private final LoggerConfig config;

  FmCallAssembler(LoggerConfig config) {
    this.config = config;
  }

  FmCallRecord assemble(CallInputs in, Repairs fix) {
    FmCallStatus status = status(in, fix);
    FmCallMetadata metadata = metadata(in, fix);
    PromptMetrics prompt = prompt(in, fix);
    ResponseMetrics response = response(in, status, fix);
    LatencyBreakdown latency = latency(in, fix);
    CallSections sections = new CallSections(config, fix);
    return new FmCallRecord(metadata, status, prompt, response, latency,
        sections.error(in, status), sections.cost(metadata.modelId(), prompt, response, in, status),
        sections.tags(in), sections.resilience(in), fix.flags());
  }

  private static FmCallStatus status(CallInputs in, Repairs fix) {
    if (in.status != null) {
      return in.status;
    }
    if (in.statusSet) {
      fix.flag(DataQualityIssue.MISSING_VALUE_DEFAULTED, "status");
    }
    if (in.contentFilterSet) {
      return FmCallStatus.CONTENT_FILTERED;
    }
    return in.errorGiven ? FmCallStatus.ERROR : FmCallStatus.SUCCESS;
  }

  private FmCallMetadata metadata(CallInputs in, Repairs fix) {
    String requestId = in.requestId == null || in.requestId.isBlank() ? null
        : fix.cut(in.requestId, Repairs.MAX_SHORT_STRING, "metadata.request_id");
    if (requestId == null) {
      if (in.requestIdSet) {
        fix.flag(DataQualityIssue.MISSING_VALUE_DEFAULTED, "metadata.request_id");
      }
      requestId = RequestIds.random();
    }
    String modelId = fix.required(in.modelId, "unknown", "metadata.model_id");
    String version = in.modelVersion == null || in.modelVersion.isBlank()
        ? RequestIds.modelVersion(modelId)
        : fix.optional(in.modelVersion, "metadata.model_version");
    Instant at = timestamp(in.timestamp, config, fix, "metadata.timestamp_iso");
    return new FmCallMetadata(requestId,
        fix.required(in.sessionId, "unknown", "metadata.session_id"),
        fix.required(in.userId, "unknown", "metadata.user_id"),
        fix.count(in.conversationTurn, "metadata.conversation_turn"), modelId, version,
        config.region(), at, traceId(in, fix, "metadata.trace_id"), config.service());
  }

  private PromptMetrics prompt(CallInputs in, Repairs fix) {
    int system = fix.count(in.systemTokens, "prompt_metrics.system_prompt_token_count");
    int context = fix.count(in.contextTokens, "prompt_metrics.context_token_count");
    int user = fix.count(in.userTokens, "prompt_metrics.user_message_token_count");
    int total = system + context + user; // each at most MAX_COUNT, so no overflow
    String text = in.promptText;
    if (text == null) {
      fix.flag(DataQualityIssue.MISSING_VALUE_DEFAULTED, "prompt_metrics.prompt_hash");
    }
    TextScan.Result scan = scan(PROMPT_SCAN, text, "prompt_metrics.language", fix, true);
    return new PromptMetrics(
        orDefault(fix.optional(in.promptTemplateId, "prompt_metrics.prompt_template_id")),
        total, system, context, user, total, Sha256Prefix.of(text), scan.any(),
        in.containsAuthorName, scan.language(),
        fix.count(in.ragChunks, "prompt_metrics.rag_chunks_included"),
        scores(in.ragScores, "prompt_metrics.rag_relevance_scores", fix),
        fix.count(in.cacheReadTokens, "prompt_metrics.cache_read_input_tokens"),
        fix.count(in.cacheWriteTokens, "prompt_metrics.cache_write_input_tokens"),
        captured(text, "prompt_metrics.prompt_text", fix));
  }

  private ResponseMetrics response(CallInputs in, FmCallStatus status, Repairs fix) {
    String text = in.responseText;
    TextScan.Result scan = scan(RESPONSE_SCAN, text, "response_metrics.response_language", fix,
        false);
    int[] hits = scan.hits();
    Double confidence = in.confidenceScore;
    if (confidence != null && !Double.isFinite(confidence)) {
      fix.flag(DataQualityIssue.NON_FINITE_VALUE_DEFAULTED, "response_metrics.confidence_score");
      confidence = null;
    }
    boolean filtered = status == FmCallStatus.CONTENT_FILTERED || in.contentFilterSet;
    return new ResponseMetrics(
        fix.count(in.outputTokens, "response_metrics.output_token_count"),
        orDefault(fix.optional(in.stopReason, "response_metrics.stop_reason")),
        text == null ? 0 : text.codePointCount(0, text.length()), scan.language(),
        scan.any(), hits[0], confidence, filtered,
        fix.optional(in.contentFilterReason, "response_metrics.content_filter_reason"),
        captured(text, "response_metrics.response_text", fix));
  }

  private static LatencyBreakdown latency(CallInputs in, Repairs fix) {
    double[] v = new double[in.latency.length];
    for (int i = 0; i < LATENCY_PATHS.length; i++) { // indexed by LatencyComponent ordinal
      v[i] = fix.millis(in.latency[i], LATENCY_PATHS[i]);
    }
    for (String key : in.unknownLatencyKeys) {
      fix.flag(DataQualityIssue.UNKNOWN_KEY_IGNORED,
          "latency." + fix.cut(key, 64, "latency"));
    }
    if (in.latencyMapFailed) {
      fix.flag(DataQualityIssue.INVALID_VALUE_REJECTED, "latency");
    }
    return LatencyBreakdown.of(v);
  }

  private static String[] latencyPaths() {
    LatencyComponent[] all = LatencyComponent.values();
    String[] paths = new String[all.length];
    for (LatencyComponent c : all) {
      paths[c.ordinal()] = "latency." + c.jsonName();
    }
    return paths;
  }

  /** The given time or the clock's; before 1970 or after year 9999 is clamped and flagged. */
  static Instant timestamp(Instant given, LoggerConfig config, Repairs fix, String path) {
    Instant at = given != null ? given : config.clock().instant();
    if (at.isBefore(Instant.EPOCH)) {
      fix.flag(DataQualityIssue.OUT_OF_RANGE_CLAMPED, path);
      return Instant.EPOCH;
    }
    if (at.isAfter(LATEST)) {
      fix.flag(DataQualityIssue.OUT_OF_RANGE_CLAMPED, path);
      return LATEST;
    }
    return at;
  }

  /** The trace id from the call or the logger's source; malformed ids are rejected. */
  String traceId(CallInputs in, Repairs fix, String path) {
    return TraceIds.resolve(in.traceIdSet, in.traceId, config.traceIdSource(), fix, path);
  }

  /** The prompt only needs "any keyword" and the language, so its scan may stop early. */
  private static TextScan.Result scan(TextScan scanner, String text, String path, Repairs fix,
      boolean stopWhenDecided) {
    if (text != null && text.length() > ANALYSIS_LIMIT) {
      fix.flag(DataQualityIssue.TEXT_ANALYSIS_TRUNCATED, path);
    }
    return scanner.scan(text, ANALYSIS_LIMIT, stopWhenDecided);
  }

  static List<Double> scores(List<? extends Number> raw, String path, Repairs fix) {
    if (raw == null || raw.isEmpty()) {
      return List.of();
    }
    List<Double> out = new ArrayList<>(Math.min(raw.size(), MAX_SCORES));
    for (Number n : raw) {
      double d = n == null ? Double.NaN : n.doubleValue();
      if (!Double.isFinite(d)) {
        fix.flag(DataQualityIssue.NON_FINITE_VALUE_DROPPED, path);
      } else if (out.size() == MAX_SCORES) {
        fix.flag(DataQualityIssue.LIST_TRUNCATED, path);
        break;
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** Raw text for the record: only with content capture on, redacted and cut. */
  String captured(String text, String path, Repairs fix) {
    if (!config.captureContent() || text == null) {
      return null;
    }
    int max = config.maxCapturedChars();
    // cut with slack first so a huge text is not regex-scanned whole, redact, then cut exactly
    String head = text.length() > max + 1024 ? text.substring(0, max + 1024) : text;
    if (head != text) {
      fix.flag(DataQualityIssue.VALUE_TRUNCATED, path);
    }
    return fix.cut(fix.redact(head, path), max, path);
  }

  private static String orDefault(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }
}
