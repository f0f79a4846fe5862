package io.fmscope.server.xray.graph;

import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service-map view of one trace, as X-Ray derives it: each segment is a node of its service; a
 * downstream call (namespace aws/remote) with no segment of its own becomes an inferred node; a root
 * segment's caller is a client node. Edges carry the span whose numbers they show: the caller's
 * subsegment (the caller's view of latency and errors), or the root segment for client edges.
 */
public final class TraceNodes {

    /** One edge observation. */
    public record EdgeSample(NodeKey from, NodeKey to, Span sample) {
    }

    private final Map<NodeKey, List<Span>> nodes = new LinkedHashMap<>();
    private final Set<NodeKey> inferred = new HashSet<>();
    private final List<EdgeSample> edges = new ArrayList<>();

    private TraceNodes() {
    }

    public static TraceNodes of(Trace trace) {
        TraceNodes out = new TraceNodes();
        Map<SpanId, Span> byId = new HashMap<>();
        Set<SpanId> calledFrom = new HashSet<>();
        for (Span s : trace.spans()) {
            byId.put(s.spanId(), s);
            if (s.segment() && s.parentId() != null) {
                calledFrom.add(s.parentId());
            }
        }
        for (Span s : trace.spans()) {
            if (s.segment()) {
                NodeKey key = keyOf(s);
                out.nodes.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                Span parent = s.parentId() == null ? null : byId.get(s.parentId());
                if (s.parentId() == null) {
                    NodeKey client = new NodeKey(key.name(), NodeKey.CLIENT);
                    out.nodes.computeIfAbsent(client, k -> new ArrayList<>());
                    out.edges.add(new EdgeSample(client, key, s));
                } else if (parent != null) {
                    Span owner = owner(parent, byId);
                    if (owner != null && !keyOf(owner).equals(key)) {
                        out.edges.add(new EdgeSample(keyOf(owner), key, parent.segment() ? s : parent));
                    }
                }
            } else if (s.namespace() != Namespace.NONE && !calledFrom.contains(s.spanId())) {
                NodeKey key = new NodeKey(s.name(), inferredType(s));
                out.nodes.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                out.inferred.add(key);
                Span owner = owner(s, byId);
                if (owner != null) {
                    out.edges.add(new EdgeSample(keyOf(owner), key, s));
                }
            }
        }
        return out;
    }

    /** Spans that represent each node (its segments, or the calls it was inferred from); none for clients. */
    public Map<NodeKey, List<Span>> nodes() {
        return nodes;
    }

    public boolean isInferred(NodeKey key) {
        return inferred.contains(key);
    }

    public List<EdgeSample> edges() {
        return edges;
    }

    static NodeKey keyOf(Span segment) {
        return new NodeKey(segment.service().isEmpty() ? segment.name() : segment.service(), segment.origin());
    }

    /** The segment a span belongs to: itself if a segment, else the nearest segment ancestor. */
    private static Span owner(Span s, Map<SpanId, Span> byId) {
        Span cur = s;
        for (int hops = 0; cur != null && hops <= byId.size(); hops++) {
            if (cur.segment()) {
                return cur;
            }
            cur = cur.parentId() == null ? null : byId.get(cur.parentId());
        }
        return null;
    }

    static String inferredType(Span call) {
        if (call.namespace() != Namespace.AWS) {
            return NodeKey.REMOTE;
        }
        String service = call.name().replace(" ", "");
        return call.aws().tableName() != null && service.equalsIgnoreCase("DynamoDB") ? "AWS::DynamoDB::Table"
                : "AWS::" + service;
    }
}
