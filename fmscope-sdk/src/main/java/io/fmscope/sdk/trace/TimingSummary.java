package io.fmscope.sdk.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
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
    private static final JsonFactory JSON = new JsonFactory();

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

    /** {@link #asMap()} as JSON, written with Jackson's streaming generator (no intermediate map); "{}" on failure. */
    public String toJson() {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("request_id", requestId);
            g.writeStringField("trace_id", traceId);
            g.writeNumberField("total_duration_ms", round(totalDurationMs));
            g.writeBooleanField("is_error", error);
            g.writeArrayFieldStart("subsegments");
            for (ChildTiming c : children) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("component", c.component().id());
                g.writeNumberField("duration_ms", round(c.durationMs()));
                g.writeBooleanField("is_error", c.error());
                g.writeBooleanField("is_throttle", c.throttle());
                g.writeBooleanField("is_fault", c.fault());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("subsegment_total_ms", round(childTotalMs()));
            g.writeNumberField("orchestrator_overhead_ms", round(orchestratorOverheadMs()));
            g.writeEndObject();
        } catch (IOException e) {
            return "{}";
        }
        return out.toString();
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
