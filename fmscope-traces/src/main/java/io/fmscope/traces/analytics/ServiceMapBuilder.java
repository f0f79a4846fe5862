package io.fmscope.traces.analytics;

import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.Trace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives a {@link ServiceMap} as X-Ray does: a call span in service A goes to the service whose entry span
 * has the call as parent, else to an inferred node named after the call; entry spans with no parent in the
 * trace are called by {@code client}; an entry whose parent is another service's non-call span gets an
 * edge from that service with the entry's own statistics.
 */
public final class ServiceMapBuilder {
    public static final String CLIENT = "client";
    private final Map<String, CallStats.Acc> nodes = new TreeMap<>();
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Boolean> inferred = new HashMap<>();
    private final Map<String, Boolean> roots = new HashMap<>();
    private final Map<List<String>, CallStats.Acc> edges = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    private int traces;

    public static ServiceMap build(Collection<Trace> traces, long fromNanos, long toNanos) {
        ServiceMapBuilder b = new ServiceMapBuilder();
        traces.forEach(b::add);
        return b.freeze(fromNanos, toNanos);
    }

    public void add(Trace t) {
        traces++;
        Map<SpanId, Span> byId = new HashMap<>();
        Map<SpanId, Span> entryByParent = new HashMap<>();
        for (Span s : t.spans()) {
            byId.put(s.spanId(), s);
            if (SpanRoles.isEntry(s) && s.parentId() != null) entryByParent.put(s.parentId(), s);
        }
        for (Span s : t.spans()) {
            if (s.inProgress()) continue;
            String svc = t.serviceOf(s);
            if (SpanRoles.isEntry(s)) {
                node(svc, s.origin() == null ? "service" : s.origin(), false).add(s);
                Span parent = s.parentId() == null ? null : byId.get(s.parentId());
                if (parent == null) {
                    roots.put(svc, true);
                    node(CLIENT, CLIENT, false);
                    edge(CLIENT, svc).add(s);
                } else if (!SpanRoles.isCall(parent) && !t.serviceOf(parent).equals(svc)) {
                    edge(t.serviceOf(parent), svc).add(s);
                }
            } else if (SpanRoles.isCall(s)) {
                Span callee = entryByParent.get(s.spanId());
                String target;
                if (callee != null) {
                    target = t.serviceOf(callee);
                } else {
                    target = SpanRoles.target(s);
                    node(target, SpanRoles.targetType(s), true).add(s);
                }
                edge(svc, target).add(s);
            }
        }
    }

    public ServiceMap freeze(long fromNanos, long toNanos) {
        List<ServiceMap.Node> ns = new ArrayList<>();
        nodes.forEach((name, acc) -> {
            CallStats st = acc.freeze();
            ns.add(new ServiceMap.Node(name, types.get(name), roots.getOrDefault(name, false),
                    inferred.getOrDefault(name, false), st, Health.of(st)));
        });
        List<ServiceMap.Edge> es = new ArrayList<>();
        edges.forEach((k, acc) -> {
            CallStats st = acc.freeze();
            es.add(new ServiceMap.Edge(k.get(0), k.get(1), st, Health.of(st)));
        });
        return new ServiceMap(fromNanos, toNanos, traces, ns, es);
    }

    private CallStats.Acc node(String name, String type, boolean isInferred) {
        types.putIfAbsent(name, type);
        // a node that also sends its own spans is not inferred, whatever callers say
        inferred.merge(name, isInferred, Boolean::logicalAnd);
        return nodes.computeIfAbsent(name, k -> new CallStats.Acc());
    }

    private CallStats.Acc edge(String from, String to) {
        return edges.computeIfAbsent(List.of(from, to), k -> new CallStats.Acc());
    }
}
