package io.fmscope.sdk.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's {@code get_timing_summary()}: the request's total duration, each child's duration and flags, their
 * sum, and the orchestrator overhead (total minus the children's sum). Children that ran concurrently make the
 * sum exceed the wall time they covered, so the overhead can then be negative; it is reported as computed.
 */
public record TimingSummary(String requestId, String traceId, double totalDurationMs, boolean error,
                            List<ChildTiming> children) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public TimingSummary {
        children = List.copyOf(children);
    }

    public double childTotalMs() {
        double sum = 0;
        for (ChildTiming c : children) sum += c.durationMs();
        return sum;
    }

    public double orchestratorOverheadMs() {
        return totalDurationMs - childTotalMs();
    }

    /** The summary with the seed's key names, values rounded to 2 decimals as the seed does. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request_id", requestId);
        m.put("trace_id", traceId);
        m.put("total_duration_ms", round(totalDurationMs));
        m.put("is_error", error);
        List<Map<String, Object>> subs = new ArrayList<>();
        for (ChildTiming c : children) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", c.name());
            s.put("component", c.component().id());
            s.put("duration_ms", round(c.durationMs()));
            s.put("is_error", c.error());
            s.put("is_throttle", c.throttle());
            s.put("is_fault", c.fault());
            subs.add(s);
        }
        m.put("subsegments", subs);
        m.put("subsegment_total_ms", round(childTotalMs()));
        m.put("orchestrator_overhead_ms", round(orchestratorOverheadMs()));
        return m;
    }

    /** {@link #asMap()} as JSON; {@code "{}"} if serialisation fails (it cannot for these value types). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(asMap());
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
