package io.fmscope.model.fmcall;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session lifecycle event (start, end, timeout, error), the seed's {@code log_session_event}
 * line ({@code log_type = "SESSION_EVENT"}).
 *
 * @param sessionId {@code session_id}
 * @param userId {@code user_id}
 * @param eventType {@code event_type}
 * @param details {@code details}: a JSON object; see {@link JsonValues} for the allowed values
 * @param timestamp {@code timestamp}, ISO-8601 UTC with milliseconds
 * @param traceId extension {@code trace_id}, omitted when null
 * @param dataQuality extension {@code data_quality}, omitted when empty
 */
public record SessionEventRecord(
    String sessionId,
    String userId,
    String eventType,
    Map<String, Object> details,
    Instant timestamp,
    String traceId,
    List<String> dataQuality)
    implements FmLogRecord {

  /** The JSON {@code log_type} of this record type. */
  public static final String LOG_TYPE = "SESSION_EVENT";

  public SessionEventRecord {
    details = JsonValues.copyObject(details);
    timestamp = timestamp == null ? Instant.EPOCH : IsoTimestamps.normalize(timestamp);
    dataQuality = Collections2.copyWithoutNulls(dataQuality);
  }

  @Override
  public String logType() {
    return LOG_TYPE;
  }
}
