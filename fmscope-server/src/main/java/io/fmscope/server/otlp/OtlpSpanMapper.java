package io.fmscope.server.otlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Attributes;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanBuilder;
import io.fmscope.model.trace.SpanEvent;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanLink;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.fmscope.server.xray.JsonValues;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OTLP spans to {@link Span}s. A span with a bad id or impossible times is rejected alone (counted for
 * {@code partial_success}); the rest of the request is kept. GenAI and every other attribute are kept as
 * typed attributes; X-Ray fields are derived by {@link OtelXRay}.
 */
final class OtlpSpanMapper {
    private static final int MAX_REASONS = 5;

    private OtlpSpanMapper() {
    }

    static MappedSpans map(ExportTraceServiceRequest request) {
        List<Span> out = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int rejected = 0;
        for (ResourceSpans rs : request.getResourceSpansList()) {
            Map<String, AttributeValue> resource = OtlpAttributes.map(rs.getResource().getAttributesList());
            String service = Attributes.string(resource, "service.name");
            String origin = OtelXRay.origin(resource);
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                for (var span : ss.getSpansList()) {
                    try {
                        out.add(map(span, resource, service == null ? "unknown_service" : service, origin,
                                ss.getScope().getName()));
                    } catch (IllegalArgumentException e) {
                        rejected++;
                        if (reasons.size() < MAX_REASONS) {
                            reasons.add(e.getMessage());
                        }
                    }
                }
            }
        }
        return new MappedSpans(out, rejected, reasons);
    }

    private static Span map(io.opentelemetry.proto.trace.v1.Span p, Map<String, AttributeValue> resource,
                            String service, String origin, String scope) {
        if (p.getTraceId().size() != 16 || p.getSpanId().size() != 8) {
            throw new IllegalArgumentException("span '" + p.getName() + "': trace id must be 16 bytes and span id 8");
        }
        TraceId traceId = TraceId.fromBytes(p.getTraceId().toByteArray());
        SpanId spanId = SpanId.fromBytes(p.getSpanId().toByteArray());
        SpanId parent = null;
        if (!p.getParentSpanId().isEmpty()) {
            if (p.getParentSpanId().size() != 8) {
                throw new IllegalArgumentException("span " + spanId + ": parent span id must be 8 bytes");
            }
            parent = SpanId.fromBytes(p.getParentSpanId().toByteArray());
        }
        if (p.getStartTimeUnixNano() == 0) {
            throw new IllegalArgumentException("span " + spanId + ": missing start time");
        }
        if (p.getEndTimeUnixNano() != 0 && Long.compareUnsigned(p.getEndTimeUnixNano(), p.getStartTimeUnixNano()) < 0) {
            throw new IllegalArgumentException("span " + spanId + ": end time before start time");
        }
        Map<String, AttributeValue> attrs = OtlpAttributes.map(p.getAttributesList());
        SpanKind kind = SpanKind.ofOtlp(p.getKindValue());
        SpanStatus status = new SpanStatus(SpanStatus.codeOfOtlp(p.getStatus().getCodeValue()),
                p.getStatus().getMessage());
        boolean segment = parent == null || kind == SpanKind.SERVER;
        SpanBuilder b = Span.builder(traceId, spanId, p.getName()).parentId(parent).service(service)
                .origin(segment ? origin : null).kind(kind).segment(segment)
                .namespace(OtelXRay.namespace(attrs, kind)).startNanos(p.getStartTimeUnixNano())
                .endNanos(p.getEndTimeUnixNano()).inProgress(p.getEndTimeUnixNano() == 0).status(status)
                .outcome(OtelXRay.outcome(attrs, status)).http(OtelXRay.http(attrs)).aws(OtelXRay.aws(attrs))
                .attributes(attrs).resource(resource).source(SpanSource.OTLP);
        if (!scope.isEmpty()) {
            b.attribute("otel.scope.name", AttributeValue.of(scope));
        }
        annotationsAndMetadata(b, attrs);
        List<SpanEvent> events = new ArrayList<>();
        for (var e : p.getEventsList()) {
            events.add(new SpanEvent(e.getTimeUnixNano(), e.getName(), OtlpAttributes.map(e.getAttributesList())));
        }
        events.forEach(b::event);
        b.cause(OtelCause.of(spanId, events, kind));
        for (var l : p.getLinksList()) {
            if (l.getTraceId().size() == 16 && l.getSpanId().size() == 8) {
                b.link(new SpanLink(TraceId.fromBytes(l.getTraceId().toByteArray()),
                        SpanId.fromBytes(l.getSpanId().toByteArray()), OtlpAttributes.map(l.getAttributesList())));
            }
        }
        return b.build();
    }

    /** {@code aws.xray.annotations} names attributes to index; {@code aws.xray.metadata.NS} holds JSON. */
    private static void annotationsAndMetadata(SpanBuilder b, Map<String, AttributeValue> attrs) {
        if (attrs.get("aws.xray.annotations") instanceof AttributeValue.ArrayValue keys) {
            for (AttributeValue k : keys.values()) {
                AttributeValue v = attrs.get(k.asText());
                if (v != null && v.isScalar()) {
                    b.annotation(OtelXRay.annotationKey(k.asText()), v);
                }
            }
        }
        attrs.forEach((k, v) -> {
            if (k.startsWith("aws.xray.metadata.") && v instanceof AttributeValue.StringValue s) {
                try {
                    JsonNode n = Json.MAPPER.readTree(s.value());
                    if (JsonValues.toAttribute(n) instanceof AttributeValue.MapValue m) {
                        b.metadata(k.substring("aws.xray.metadata.".length()), m.values());
                    }
                } catch (JsonProcessingException ignored) {
                    // not JSON: it stays an ordinary attribute
                }
            }
        });
    }
}
