package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.xray.filter.Filter;
import io.fmscope.server.xray.filter.FilterEvaluator;
import io.fmscope.server.xray.filter.FilterException;
import io.fmscope.server.xray.filter.FilterParser;
import io.fmscope.server.xray.graph.ServiceGraph;
import io.fmscope.storage.trace.TraceQuery;
import io.fmscope.storage.trace.TraceReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The read side of the X-Ray API: GetTraceSummaries (time range on trace start, filter expression),
 * BatchGetTraces (segment documents), GetServiceGraph and GetTraceGraph (computed from stored spans).
 */
public final class TraceQueryService {
    static final int SUMMARY_PAGE = 1000;
    static final int MAX_BATCH_IDS = 5;

    record SummariesResult(@JsonProperty("TraceSummaries") List<TraceSummaries.Summary> summaries,
                           @JsonProperty("ApproximateTime") double approximateTime,
                           @JsonProperty("TracesProcessedCount") long processed,
                           @JsonProperty("NextToken") String nextToken) {
    }

    record Segment(@JsonProperty("Id") String id, @JsonProperty("Document") String document) {
    }

    record TraceOut(@JsonProperty("Id") String id, @JsonProperty("Duration") double duration,
                    @JsonProperty("LimitExceeded") boolean limitExceeded,
                    @JsonProperty("Segments") List<Segment> segments) {
    }

    record TracesResult(@JsonProperty("Traces") List<TraceOut> traces,
                        @JsonProperty("UnprocessedTraceIds") List<String> unprocessed) {
    }

    record GraphResult(@JsonProperty("StartTime") Double startTime, @JsonProperty("EndTime") Double endTime,
                       @JsonProperty("Services") List<ServiceGraph.Service> services,
                       @JsonProperty("ContainsOldGroupVersions") Boolean containsOld) {
    }

    private final TraceReader reader;

    public TraceQueryService(TraceReader reader) {
        this.reader = reader;
    }

    public Object summaries(XRayRequests.GetTraceSummaries r) {
        long[] range = range(r.startTime(), r.endTime());
        Filter filter;
        try {
            filter = FilterParser.parse(r.filterExpression());
        } catch (FilterException e) {
            throw XRayException.invalidRequest(e.getMessage());
        }
        List<Trace> traces = reader.find(TraceQuery.between(range[0], range[1]));
        List<TraceSummaries.Summary> matched = new ArrayList<>();
        for (Trace t : traces) {
            if (FilterEvaluator.matches(filter, t)) {
                matched.add(TraceSummaries.of(t));
            }
        }
        int from = offset(r.nextToken());
        int to = Math.min(matched.size(), from + SUMMARY_PAGE);
        String next = to < matched.size() ? token(to) : null;
        return new SummariesResult(matched.subList(Math.min(from, to), to), r.endTime(), traces.size(), next);
    }

    public Object batchGet(XRayRequests.BatchGetTraces r) {
        List<String> ids = r.traceIds() == null ? List.of() : r.traceIds();
        if (ids.isEmpty() || ids.size() > MAX_BATCH_IDS) {
            throw XRayException.invalidRequest("TraceIds must hold 1 to " + MAX_BATCH_IDS + " trace ids");
        }
        List<TraceOut> out = new ArrayList<>();
        List<String> unprocessed = new ArrayList<>();
        for (String id : ids) {
            var parsed = TraceId.tryParse(id);
            var trace = parsed.flatMap(reader::trace);
            if (trace.isEmpty()) {
                unprocessed.add(id);
                continue;
            }
            List<Segment> segments = SegmentRenderer.render(trace.get()).stream()
                    .map(d -> new Segment(d.id(), d.json())).toList();
            out.add(new TraceOut(trace.get().traceId().toXRay(), XRayTime.durationSeconds(trace.get().durationNanos()),
                    false, segments));
        }
        return new TracesResult(out, unprocessed);
    }

    public Object serviceGraph(XRayRequests.GetServiceGraph r) {
        long[] range = range(r.startTime(), r.endTime());
        ServiceGraph g = new ServiceGraph();
        reader.find(TraceQuery.between(range[0], range[1])).forEach(g::add);
        return new GraphResult(r.startTime(), r.endTime(), g.services(), false);
    }

    public Object traceGraph(XRayRequests.GetTraceGraph r) {
        List<TraceId> ids = new ArrayList<>();
        for (String s : r.traceIds() == null ? List.<String>of() : r.traceIds()) {
            TraceId.tryParse(s).ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            throw XRayException.invalidRequest("TraceIds must hold at least one valid trace id");
        }
        return new GraphResult(null, null, ServiceGraph.of(reader.traces(ids)), null);
    }

    private static long[] range(Double start, Double end) {
        if (start == null || end == null) {
            throw XRayException.invalidRequest("StartTime and EndTime are required");
        }
        if (end < start) {
            throw XRayException.invalidRequest("EndTime must not be before StartTime");
        }
        return new long[] {XRayTime.nanos(start), XRayTime.nanos(end)};
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (s.startsWith("o:")) {
                return Integer.parseInt(s.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error
        }
        throw XRayException.invalidRequest("Invalid NextToken");
    }
}
