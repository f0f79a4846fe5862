package io.fmscope.server.xray.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.model.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The X-Ray service graph over many traces (GetServiceGraph, GetTraceGraph): nodes and edges from
 * {@link TraceNodes}, grouped across traces, with summary statistics and histograms computed from the
 * stored spans. Nodes use their own spans; edges use the caller's view.
 */
public final class ServiceGraph {

    public record Edge(@JsonProperty("ReferenceId") int referenceId, @JsonProperty("StartTime") Double startTime,
                       @JsonProperty("EndTime") Double endTime,
                       @JsonProperty("SummaryStatistics") EdgeStats.Summary summaryStatistics,
                       @JsonProperty("ResponseTimeHistogram") List<EdgeStats.Bin> responseTimeHistogram,
                       @JsonProperty("Aliases") List<Object> aliases) {
    }

    public record Service(@JsonProperty("ReferenceId") int referenceId, @JsonProperty("Name") String name,
                          @JsonProperty("Names") List<String> names, @JsonProperty("Root") boolean root,
                          @JsonProperty("Type") String type, @JsonProperty("State") String state,
                          @JsonProperty("StartTime") Double startTime, @JsonProperty("EndTime") Double endTime,
                          @JsonProperty("Edges") List<Edge> edges,
                          @JsonProperty("SummaryStatistics") EdgeStats.Summary summaryStatistics,
                          @JsonProperty("DurationHistogram") List<EdgeStats.Bin> durationHistogram,
                          @JsonProperty("ResponseTimeHistogram") List<EdgeStats.Bin> responseTimeHistogram) {
    }

    private final Map<NodeKey, EdgeStats> nodes = new LinkedHashMap<>();
    private final Set<NodeKey> inferred = new LinkedHashSet<>();
    private final Set<NodeKey> roots = new LinkedHashSet<>();
    private final Map<NodeKey, Map<NodeKey, EdgeStats>> edges = new LinkedHashMap<>();

    public void add(Trace trace) {
        TraceNodes t = TraceNodes.of(trace);
        t.nodes().forEach((key, spans) -> {
            EdgeStats stats = nodes.computeIfAbsent(key, k -> new EdgeStats());
            spans.forEach(stats::add);
            if (t.isInferred(key)) {
                inferred.add(key);
            }
        });
        for (TraceNodes.EdgeSample e : t.edges()) {
            if (e.from().isClient()) {
                roots.add(e.to());
            }
            edges.computeIfAbsent(e.from(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.to(), k -> new EdgeStats()).add(e.sample());
        }
    }

    /** Nodes in first-seen order; ReferenceIds are their positions. */
    public List<Service> services() {
        List<NodeKey> order = new ArrayList<>(nodes.keySet());
        List<Service> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            NodeKey key = order.get(i);
            List<Edge> out2 = new ArrayList<>();
            edges.getOrDefault(key, Map.of()).forEach((to, stats) -> out2.add(new Edge(order.indexOf(to),
                    stats.startSeconds(), stats.endSeconds(), stats.summary(), stats.histogram(), List.of())));
            EdgeStats stats = nodes.get(key);
            if (key.isClient()) {
                out.add(new Service(i, key.name(), List.of(key.name()), false, key.type(), "unknown", null, null,
                        out2, null, null, null));
                continue;
            }
            boolean own = !inferred.contains(key);
            out.add(new Service(i, key.name(), List.of(key.name()), roots.contains(key), key.type(),
                    own ? "active" : "unknown", stats.isEmpty() ? null : stats.startSeconds(),
                    stats.isEmpty() ? null : stats.endSeconds(), out2, stats.summary(), stats.histogram(),
                    stats.histogram()));
        }
        return out;
    }

    /** Convenience for callers that only need the spans of one trace graph. */
    public static List<Service> of(List<Trace> traces) {
        ServiceGraph g = new ServiceGraph();
        traces.forEach(g::add);
        return g.services();
    }
}
