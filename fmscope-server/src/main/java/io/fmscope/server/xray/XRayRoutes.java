package io.fmscope.server.xray;

import static io.fmscope.server.api.Json.read;

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
        routes.put("/TraceSegments", r -> put.put(read(r, XRayRequests.PutTraceSegments.class)));
        routes.put("/TraceSummaries", r -> queries.summaries(read(r, XRayRequests.GetTraceSummaries.class)));
        routes.put("/Traces", r -> queries.batchGet(read(r, XRayRequests.BatchGetTraces.class)));
        routes.put("/ServiceGraph", r -> queries.serviceGraph(read(r, XRayRequests.GetServiceGraph.class)));
        routes.put("/TraceGraph", r -> queries.traceGraph(read(r, XRayRequests.GetTraceGraph.class)));
        routes.put("/CreateSamplingRule", r -> sampling.create(read(r, XRayRequests.CreateSamplingRule.class)));
        routes.put("/UpdateSamplingRule", r -> sampling.update(read(r, XRayRequests.UpdateSamplingRule.class)));
        routes.put("/DeleteSamplingRule", r -> sampling.delete(read(r, XRayRequests.DeleteSamplingRule.class)));
        return Map.copyOf(routes);
    }

    /** What the X-Ray SDKs call on the daemon's TCP port (and on the API): rules and targets. */
    public static Map<String, Operation> samplingProxy(SamplingService sampling) {
        return Map.of(
                "/GetSamplingRules", r -> sampling.rules(),
                "/SamplingTargets", r -> sampling.targets(read(r, XRayRequests.GetSamplingTargets.class)));
    }
}
