package io.fmscope.model.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable builder for {@link Span}: protocol adapters fill what they have and call {@link #build()}. */
public final class SpanBuilder {
    private TraceId traceId;
    private SpanId spanId;
    private SpanId parentId;
    private String name;
    private String service = "";
    private String origin;
    private SpanKind kind = SpanKind.UNSPECIFIED;
    private boolean segment;
    private Namespace namespace = Namespace.NONE;
    private long startNanos;
    private long endNanos;
    private boolean inProgress;
    private SpanStatus status = SpanStatus.UNSET;
    private Outcome outcome = Outcome.OK;
    private Http http = Http.NONE;
    private AwsCall aws = AwsCall.NONE;
    private Cause cause = Cause.NONE;
    private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    private final Map<String, AttributeValue> resource = new LinkedHashMap<>();
    private final Map<String, AttributeValue> annotations = new LinkedHashMap<>();
    private final Map<String, Map<String, AttributeValue>> metadata = new LinkedHashMap<>();
    private final List<SpanEvent> events = new ArrayList<>();
    private final List<SpanLink> links = new ArrayList<>();
    private SpanSource source = SpanSource.OTLP;

    SpanBuilder(TraceId traceId, SpanId spanId, String name) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.name = name;
    }

    SpanBuilder(Span s) {
        this(s.traceId(), s.spanId(), s.name());
        parentId = s.parentId();
        service = s.service();
        origin = s.origin();
        kind = s.kind();
        segment = s.segment();
        namespace = s.namespace();
        startNanos = s.startNanos();
        endNanos = s.endNanos();
        inProgress = s.inProgress();
        status = s.status();
        outcome = s.outcome();
        http = s.http();
        aws = s.aws();
        cause = s.cause();
        attributes.putAll(s.attributes());
        resource.putAll(s.resource());
        annotations.putAll(s.annotations());
        metadata.putAll(s.metadata());
        events.addAll(s.events());
        links.addAll(s.links());
        source = s.source();
    }

    public SpanBuilder traceId(TraceId v) { traceId = v; return this; }
    public SpanBuilder spanId(SpanId v) { spanId = v; return this; }
    public SpanBuilder parentId(SpanId v) { parentId = v; return this; }
    public SpanBuilder name(String v) { name = v; return this; }
    public SpanBuilder service(String v) { service = v; return this; }
    public SpanBuilder origin(String v) { origin = v; return this; }
    public SpanBuilder kind(SpanKind v) { kind = v; return this; }
    public SpanBuilder segment(boolean v) { segment = v; return this; }
    public SpanBuilder namespace(Namespace v) { namespace = v; return this; }
    public SpanBuilder startNanos(long v) { startNanos = v; return this; }
    public SpanBuilder endNanos(long v) { endNanos = v; return this; }
    public SpanBuilder inProgress(boolean v) { inProgress = v; return this; }
    public SpanBuilder status(SpanStatus v) { status = v; return this; }
    public SpanBuilder outcome(Outcome v) { outcome = v; return this; }
    public SpanBuilder http(Http v) { http = v; return this; }
    public SpanBuilder aws(AwsCall v) { aws = v; return this; }
    public SpanBuilder cause(Cause v) { cause = v; return this; }
    public SpanBuilder source(SpanSource v) { source = v; return this; }
    public SpanBuilder attribute(String k, AttributeValue v) { attributes.put(k, v); return this; }
    public SpanBuilder attributes(Map<String, AttributeValue> m) { attributes.putAll(m); return this; }
    public SpanBuilder resource(Map<String, AttributeValue> m) { resource.putAll(m); return this; }
    public SpanBuilder annotation(String k, AttributeValue v) { annotations.put(k, v); return this; }
    public SpanBuilder metadata(String ns, Map<String, AttributeValue> m) { metadata.put(ns, m); return this; }
    public SpanBuilder event(SpanEvent e) { events.add(e); return this; }
    public SpanBuilder link(SpanLink l) { links.add(l); return this; }

    /** Current attribute values, for adapters that derive fields from them before building. */
    public Map<String, AttributeValue> attributesSoFar() {
        return attributes;
    }

    public Span build() {
        return new Span(traceId, spanId, parentId, name, service, origin, kind, segment, namespace, startNanos,
                endNanos, inProgress, status, outcome, http, aws, cause, attributes, resource, annotations, metadata,
                events, links, source);
    }
}
