package io.fmscope.model.trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One span: an OTel span or an X-Ray segment/subsegment, holding everything either protocol carries.
 * Times are epoch nanoseconds (X-Ray's float seconds have microsecond resolution, so they fit exactly).
 *
 * @param parentId    the parent span, or null for a root
 * @param name        the span name (X-Ray: the segment or subsegment name, e.g. "DynamoDB")
 * @param service     the service that recorded it (OTel {@code service.name}, the X-Ray segment name);
 *                    "" when not yet known (an independent subsegment whose segment has not arrived;
 *                    {@link Trace#serviceOf} resolves it)
 * @param origin      X-Ray origin / node type (e.g. {@code AWS::EC2::Instance}), null if none
 * @param segment     true for an X-Ray segment or an OTel span that maps to one (root or SERVER): the
 *                    entry of a service, i.e. a service-map node; false for subsegments
 * @param endNanos    0 while {@code inProgress}
 * @param outcome     X-Ray error/throttle/fault flags (derived from status codes for OTel spans)
 * @param annotations indexed, searchable scalar values ({@code annotation.KEY} in filters)
 * @param metadata    namespace to (key to value); not indexed
 * @param resource    OTel resource attributes (service.name, cloud.*, ...)
 */
public record Span(TraceId traceId, SpanId spanId, SpanId parentId, String name, String service, String origin,
                   SpanKind kind, boolean segment, Namespace namespace, long startNanos, long endNanos,
                   boolean inProgress, SpanStatus status, Outcome outcome, Http http, AwsCall aws, Cause cause,
                   Map<String, AttributeValue> attributes, Map<String, AttributeValue> resource,
                   Map<String, AttributeValue> annotations, Map<String, Map<String, AttributeValue>> metadata,
                   List<SpanEvent> events, List<SpanLink> links, SpanSource source) {

    public Span {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(name, "name");
        service = service == null ? "" : service;
        kind = kind == null ? SpanKind.UNSPECIFIED : kind;
        namespace = namespace == null ? Namespace.NONE : namespace;
        status = status == null ? SpanStatus.UNSET : status;
        outcome = outcome == null ? Outcome.OK : outcome;
        http = http == null ? Http.NONE : http;
        aws = aws == null ? AwsCall.NONE : aws;
        cause = cause == null ? Cause.NONE : cause;
        source = source == null ? SpanSource.OTLP : source;
        if (inProgress) {
            endNanos = 0;
        } else if (endNanos < startNanos) {
            throw new IllegalArgumentException("span " + spanId + " ends before it starts");
        }
        attributes = Attributes.copy(attributes);
        resource = Attributes.copy(resource);
        annotations = Attributes.copy(annotations);
        metadata = copyMetadata(metadata);
        events = events == null ? List.of() : List.copyOf(events);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static SpanBuilder builder(TraceId traceId, SpanId spanId, String name) {
        return new SpanBuilder(traceId, spanId, name);
    }

    public SpanBuilder toBuilder() {
        return new SpanBuilder(this);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    /** End minus start; 0 while in progress. */
    public long durationNanos() {
        return inProgress ? 0 : endNanos - startNanos;
    }

    public long startMicros() {
        return Math.floorDiv(startNanos, 1000);
    }

    public long endMicros() {
        return Math.floorDiv(endNanos, 1000);
    }

    /** Attribute first, then resource attribute, as a string; null if neither is a string. */
    public String attribute(String key) {
        String v = Attributes.string(attributes, key);
        return v != null ? v : Attributes.string(resource, key);
    }

    private static Map<String, Map<String, AttributeValue>> copyMetadata(Map<String, Map<String, AttributeValue>> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, AttributeValue>> out = new LinkedHashMap<>();
        m.forEach((ns, values) -> out.put(ns, Attributes.copy(values)));
        return Attributes.copy(out);
    }
}
