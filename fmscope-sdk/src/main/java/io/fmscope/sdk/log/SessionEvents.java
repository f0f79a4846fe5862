package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.DataQualityIssue;
import io.fmscope.model.fmcall.JsonValues;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code SESSION_EVENT} records. {@code details} is free-form, so it is normalised to
 * JSON values ({@link JsonValues}), values under credential-like keys are replaced, secrets in
 * strings redacted, strings cut to {@value #MAX_DETAIL_STRING} chars and objects and arrays to
 * {@value #MAX_DETAIL_ENTRIES} entries.
 */
final class SessionEvents {
  static final int MAX_DETAIL_STRING = 4096;
  static final int MAX_DETAIL_ENTRIES = 200;

  private SessionEvents() {}

  static SessionEventRecord build(LoggerConfig config, String sessionId, String userId,
      String eventType, Map<String, ?> details, Repairs fix) {
    Map<String, Object> d = details == null ? Map.of() : JsonValues.copyObject(details);
    @SuppressWarnings("unchecked")
    Map<String, Object> clean = (Map<String, Object>) clean(d, fix);
    return new SessionEventRecord(fix.required(sessionId, "unknown", "session_id"),
        fix.required(userId, "unknown", "user_id"),
        fix.required(eventType, "unknown", "event_type"), clean,
        FmCallAssembler.timestamp(null, config, fix, "timestamp"),
        TraceIds.resolve(false, null, config.traceIdSource(), fix, "trace_id"), fix.flags());
  }

  private static Object clean(Object v, Repairs fix) {
    if (v instanceof String s) {
      return fix.cut(fix.redact(s, "details"), MAX_DETAIL_STRING, "details");
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (out.size() == MAX_DETAIL_ENTRIES) {
          fix.flag(DataQualityIssue.LIST_TRUNCATED, "details");
          break;
        }
        String key = fix.cut((String) e.getKey(), Repairs.MAX_SHORT_STRING, "details");
        if (e.getValue() != null && SecretRedactor.isSecretKeyName(key)) {
          fix.flag(DataQualityIssue.SECRET_REDACTED, "details");
          out.put(key, SecretRedactor.REDACTED);
        } else {
          out.put(key, clean(e.getValue(), fix));
        }
      }
      return Collections.unmodifiableMap(out);
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(Math.min(list.size(), MAX_DETAIL_ENTRIES));
      for (Object o : list) {
        if (out.size() == MAX_DETAIL_ENTRIES) {
          fix.flag(DataQualityIssue.LIST_TRUNCATED, "details");
          break;
        }
        out.add(clean(o, fix));
      }
      return Collections.unmodifiableList(out);
    }
    return v;
  }
}
