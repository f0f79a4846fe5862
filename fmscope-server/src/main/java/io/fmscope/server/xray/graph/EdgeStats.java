package io.fmscope.server.xray.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.model.trace.Span;
import io.fmscope.server.xray.XRayTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary statistics and a response-time histogram over spans: ok / error (throttle, other) / fault counts,
 * total response time, and (value, count) pairs at millisecond resolution as X-Ray returns them.
 */
final class EdgeStats {
    private long ok;
    private long throttle;
    private long errorOther;
    private long fault;
    private long total;
    private double totalResponse;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private final TreeMap<Double, Long> histogram = new TreeMap<>();

    void add(Span s) {
        first = Math.min(first, s.startNanos());
        last = Math.max(last, s.inProgress() ? s.startNanos() : s.endNanos());
        if (s.inProgress()) {
            return; // no outcome or duration yet
        }
        total++;
        if (s.outcome().isOk()) {
            ok++;
        }
        if (s.outcome().throttle()) {
            throttle++;
        } else if (s.outcome().error()) {
            errorOther++;
        }
        if (s.outcome().fault()) {
            fault++;
        }
        double seconds = Math.round(s.durationNanos() / 1_000_000d) / 1000d;
        totalResponse += XRayTime.durationSeconds(s.durationNanos());
        histogram.merge(seconds, 1L, Long::sum);
    }

    boolean isEmpty() {
        return first == Long.MAX_VALUE;
    }

    double startSeconds() {
        return XRayTime.seconds(first);
    }

    double endSeconds() {
        return XRayTime.seconds(last);
    }

    public record ErrorStatistics(@JsonProperty("ThrottleCount") long throttleCount,
                                  @JsonProperty("OtherCount") long otherCount,
                                  @JsonProperty("TotalCount") long totalCount) {
    }

    public record FaultStatistics(@JsonProperty("OtherCount") long otherCount,
                                  @JsonProperty("TotalCount") long totalCount) {
    }

    public record Summary(@JsonProperty("OkCount") long okCount,
                          @JsonProperty("ErrorStatistics") ErrorStatistics errorStatistics,
                          @JsonProperty("FaultStatistics") FaultStatistics faultStatistics,
                          @JsonProperty("TotalCount") long totalCount,
                          @JsonProperty("TotalResponseTime") double totalResponseTime) {
    }

    public record Bin(@JsonProperty("Value") double value, @JsonProperty("Count") long count) {
    }

    Summary summary() {
        return new Summary(ok, new ErrorStatistics(throttle, errorOther, throttle + errorOther),
                new FaultStatistics(fault, fault), total, Math.round(totalResponse * 1e6) / 1e6);
    }

    List<Bin> histogram() {
        List<Bin> out = new ArrayList<>();
        for (Map.Entry<Double, Long> e : histogram.entrySet()) {
            out.add(new Bin(e.getKey(), e.getValue()));
        }
        return out;
    }
}
