package io.fmscope.traces.analytics;

import java.util.List;

/**
 * The service map of a time window, X-Ray style: nodes are services that recorded spans (their own entry
 * spans' statistics), inferred downstream nodes (from the callers' spans) and a {@code client} node for the
 * callers of root services; edges carry the caller's view of each call.
 */
public record ServiceMap(long fromNanos, long toNanos, int traces, List<Node> nodes, List<Edge> edges) {
    public ServiceMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * @param type     the X-Ray type: the service's origin (or "service"), the inferred type
     *                 (e.g. {@code AWS::DynamoDB::Table}, "remote"), or "client"
     * @param root     a service that started traces
     * @param inferred built from callers' spans, the node sent none of its own
     */
    public record Node(String name, String type, boolean root, boolean inferred, CallStats stats, Health health) {
    }

    public record Edge(String from, String to, CallStats stats, Health health) {
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    public Edge edge(String from, String to) {
        return edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElse(null);
    }
}
