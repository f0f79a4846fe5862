package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.Trace;
import io.fmscope.server.xray.graph.NodeKey;
import io.fmscope.server.xray.graph.TraceNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code TraceSummary} shapes and how one is built from a trace. */
final class TraceSummaries {
    private TraceSummaries() {
    }

    record ServiceId(@JsonProperty("Name") String name, @JsonProperty("Names") List<String> names,
                     @JsonProperty("Type") String type) {
    }

    record HttpInfo(@JsonProperty("HttpURL") String url, @JsonProperty("HttpStatus") Integer status,
                    @JsonProperty("HttpMethod") String method, @JsonProperty("UserAgent") String userAgent,
                    @JsonProperty("ClientIp") String clientIp) {
    }

    record AnnotationValue(@JsonProperty("NumberValue") Double number, @JsonProperty("BooleanValue") Boolean bool,
                           @JsonProperty("StringValue") String string) {
    }

    record ValueWithServiceIds(@JsonProperty("AnnotationValue") AnnotationValue value,
                               @JsonProperty("ServiceIds") List<ServiceId> serviceIds) {
    }

    record Summary(@JsonProperty("Id") String id, @JsonProperty("StartTime") double startTime,
                   @JsonProperty("Duration") double duration, @JsonProperty("ResponseTime") double responseTime,
                   @JsonProperty("HasFault") boolean hasFault, @JsonProperty("HasError") boolean hasError,
                   @JsonProperty("HasThrottle") boolean hasThrottle, @JsonProperty("IsPartial") boolean isPartial,
                   @JsonProperty("Http") HttpInfo http,
                   @JsonProperty("Annotations") Map<String, List<ValueWithServiceIds>> annotations,
                   @JsonProperty("ServiceIds") List<ServiceId> serviceIds,
                   @JsonProperty("EntryPoint") ServiceId entryPoint, @JsonProperty("Revision") int revision) {
    }

    /** Flags, response time and http come from the root segment, as X-Ray documents them. */
    static Summary of(Trace t) {
        Span root = t.root();
        List<ServiceId> services = new ArrayList<>();
        for (NodeKey k : TraceNodes.of(t).nodes().keySet()) {
            if (!k.isClient()) {
                services.add(new ServiceId(k.name(), List.of(k.name()), k.type()));
            }
        }
        Map<String, List<ValueWithServiceIds>> annotations = new LinkedHashMap<>();
        for (Span s : t.spans()) {
            String svc = t.serviceOf(s);
            s.annotations().forEach((k, v) -> annotations.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(new ValueWithServiceIds(value(v), List.of(new ServiceId(svc, List.of(svc), null)))));
        }
        String entry = root.service().isEmpty() ? root.name() : root.service();
        return new Summary(t.traceId().toXRay(), XRayTime.seconds(t.startNanos()),
                XRayTime.durationSeconds(t.durationNanos()), XRayTime.durationSeconds(root.durationNanos()),
                root.outcome().fault(), root.outcome().error(), root.outcome().throttle(), t.inProgress(),
                new HttpInfo(root.http().url(), root.http().status(), root.http().method(), root.http().userAgent(),
                        root.http().clientIp()),
                annotations, services, new ServiceId(entry, List.of(entry), root.origin()), 1);
    }

    private static AnnotationValue value(AttributeValue v) {
        return switch (v) {
            case AttributeValue.LongValue l -> new AnnotationValue((double) l.value(), null, null);
            case AttributeValue.DoubleValue d -> new AnnotationValue(d.value(), null, null);
            case AttributeValue.BoolValue b -> new AnnotationValue(null, b.value(), null);
            default -> new AnnotationValue(null, null, v.asText());
        };
    }
}
