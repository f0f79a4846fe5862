package io.fmscope.model.fmcall;

import java.time.Instant;
import java.util.List;

/** One structured log line of an FM application; {@link #logType()} is its {@code log_type}. */
public sealed interface FmLogRecord permits FmCallRecord, RagRetrievalRecord, SessionEventRecord {

  /** {@code FM_CALL}, {@code RAG_RETRIEVAL} or {@code SESSION_EVENT}. */
  String logType();

  /** When the event happened, at millisecond precision. */
  Instant timestamp();

  /** W3C trace id (32 lowercase hex) joining this line to a trace, or {@code null}. */
  String traceId();

  /** Flags for values the logger clamped, defaulted or rejected; empty when the input was clean. */
  List<String> dataQuality();
}
