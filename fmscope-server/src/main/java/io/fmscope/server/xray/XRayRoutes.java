package io.fmscope.server.xray;

import io.fmscope.server.api.Operation;
import java.util.HashMap;
import java.util.Map;

/** The one route table of the X-Ray API: path (as the real service) to decode, call one service, encode. */
public final class XRayRoutes {
    private XRayRoutes() {
    }

    public static Map<String, Operation> table(PutTraceSegmentsService put, TraceQueryService queries,
                                               SamplingService sampling) {
        Map<String, Operation> routes = new HashMap<>(samplingProxy(sampling));
        routes.put("/TraceSegments", r -> put.put(r.as(XRayRequests.PutTraceSegments.class)));
        routes.put("/TraceSummaries", r -> queries.summaries(r.as(XRayRequests.GetTraceSummaries.class)));
        routes.put("/Traces", r -> queries.batchGet(r.as(XRayRequests.BatchGetTraces.class)));
        routes.put("/ServiceGraph", r -> queries.serviceGraph(r.as(XRayRequests.GetServiceGraph.class)));
        routes.put("/TraceGraph", r -> queries.traceGraph(r.as(XRayRequests.GetTraceGraph.class)));
        routes.put("/CreateSamplingRule", r -> sampling.create(r.as(XRayRequests.CreateSamplingRule.class)));
        routes.put("/UpdateSamplingRule", r -> sampling.update(r.as(XRayRequests.UpdateSamplingRule.class)));
        routes.put("/DeleteSamplingRule", r -> sampling.delete(r.as(XRayRequests.DeleteSamplingRule.class)));
        return Map.copyOf(routes);
    }

    /** What the X-Ray SDKs call on the daemon's TCP port (and on the API): rules and targets. */
    public static Map<String, Operation> samplingProxy(SamplingService sampling) {
        return Map.of(
                "/GetSamplingRules", r -> sampling.rules(),
                "/SamplingTargets", r -> sampling.targets(r.as(XRayRequests.GetSamplingTargets.class)));
    }
}
