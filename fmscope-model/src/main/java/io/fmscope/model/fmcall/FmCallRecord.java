package io.fmscope.model.fmcall;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One FM call, the seed's {@code FMCallLogEntry} ({@code log_type = "FM_CALL"}). Sections may be
 * {@code null}; the JSON form omits null sections like the seed's {@code to_json}.
 *
 * @param metadata {@code metadata}
 * @param status {@code status}; null becomes {@code SUCCESS}, the seed's default
 * @param promptMetrics {@code prompt_metrics}
 * @param responseMetrics {@code response_metrics}
 * @param latency {@code latency}
 * @param error {@code error}, on failed calls
 * @param cost {@code cost}; absent when no cost model was configured
 * @param tags {@code tags}, always written (possibly {@code {}}) as in the seed
 * @param resilience extension {@code resilience}
 * @param dataQuality extension {@code data_quality}: flags, omitted from JSON when empty
 */
public record FmCallRecord(
    FmCallMetadata metadata,
    FmCallStatus status,
    PromptMetrics promptMetrics,
    ResponseMetrics responseMetrics,
    LatencyBreakdown latency,
    ErrorDetails error,
    CostMetrics cost,
    Map<String, String> tags,
    ResilienceDetails resilience,
    List<String> dataQuality)
    implements FmLogRecord {

  /** The JSON {@code log_type} of this record type. */
  public static final String LOG_TYPE = "FM_CALL";

  public FmCallRecord {
    status = status == null ? FmCallStatus.SUCCESS : status;
    tags = Collections2.copyStringMap(tags);
    dataQuality = Collections2.copyWithoutNulls(dataQuality);
  }

  @Override
  public String logType() {
    return LOG_TYPE;
  }

  @Override
  public Instant timestamp() {
    return metadata == null ? null : metadata.timestamp();
  }

  @Override
  public String traceId() {
    return metadata == null ? null : metadata.traceId();
  }
}
