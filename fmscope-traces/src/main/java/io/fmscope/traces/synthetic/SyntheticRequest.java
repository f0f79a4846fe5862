package io.fmscope.traces.synthetic;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Outcome;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.TraceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the spans of one MangaAssist FM request (the seed's API Gateway → orchestrator → Redis → DynamoDB →
 * OpenSearch → Bedrock → WebSocket flow) with the attributes the fmscope SDK tracer writes, so tests and
 * benchmarks can generate traffic with known durations, outcomes, retries and instances. Calls run one after
 * another, separated by the orchestrator's own time.
 */
public final class SyntheticRequest {
    public static final String SERVICE = "manga-assist-orchestrator";
    private final TraceId traceId;
    private final long startNanos;
    private String service = SERVICE;
    private String instance = "";
    private double overheadMs = 5;
    private int rootStatus;
    private boolean coldStart;
    private final List<Call> calls = new ArrayList<>();

    private static final class Call {
        final String name;
        final double ms;
        final Map<String, AttributeValue> attrs = new LinkedHashMap<>();
        final boolean aws;
        int status;

        Call(String name, double ms, boolean aws) {
            this.name = name;
            this.ms = ms;
            this.aws = aws;
        }
    }

    private SyntheticRequest(TraceId traceId, long startNanos) {
        this.traceId = traceId;
        this.startNanos = startNanos;
    }

    public static SyntheticRequest of(TraceId traceId, long startNanos) {
        return new SyntheticRequest(traceId, startNanos);
    }

    public SyntheticRequest service(String s) { service = s; return this; }
    public SyntheticRequest instance(String i) { instance = i; return this; }
    /** The orchestrator's own time before each call and after the last. */
    public SyntheticRequest overheadMs(double ms) { overheadMs = ms; return this; }
    public SyntheticRequest rootStatus(int status) { rootStatus = status; return this; }
    public SyntheticRequest coldStart(boolean c) { coldStart = c; return this; }

    public SyntheticRequest cache(double ms) {
        return call("GET", ms, false, "cache", "ElastiCache-Redis", "AWS::ElastiCache::Redis")
                .attr("db.system.name", "redis");
    }

    public SyntheticRequest session(double ms) {
        return call("GetItem manga-sessions", ms, true, "session_store", "DynamoDB", "AWS::DynamoDB::Table")
                .attr("db.system.name", "aws.dynamodb").attr("rpc.service", "DynamoDB");
    }

    public SyntheticRequest search(double ms) {
        return call("retrieval manga-products", ms, false, "vector_search", "OpenSearch", "AWS::OpenSearchServerless")
                .attr("db.system.name", "opensearch").attr("gen_ai.operation.name", "retrieval");
    }

    /** A Bedrock call; the legacy {@code gen_ai.system} is used on odd attempts to exercise both names. */
    public SyntheticRequest model(String model, double ms, long inputTokens, long outputTokens, double costUsd) {
        call("chat " + model, ms, true, "model_invoke", "Bedrock", "AWS::Bedrock::InvokeModel")
                .attr("gen_ai.operation.name", "chat").attr("gen_ai.request.model", model)
                .attr("rpc.service", "BedrockRuntime");
        Call c = calls.getLast();
        c.attrs.put(calls.size() % 2 == 0 ? "gen_ai.provider.name" : "gen_ai.system", AttributeValue.of("aws.bedrock"));
        if (inputTokens > 0) c.attrs.put("gen_ai.usage.input_tokens", AttributeValue.of(inputTokens));
        if (outputTokens > 0) c.attrs.put("gen_ai.usage.output_tokens", AttributeValue.of(outputTokens));
        if (costUsd > 0) c.attrs.put("fmscope.cost.usd", AttributeValue.of(costUsd));
        return this;
    }

    public SyntheticRequest deliver(double ms) {
        return call("PostToConnection", ms, true, "response_delivery", "APIGateway-WebSocket", "AWS::ApiGatewayV2::WebSocket");
    }

    /** Gives the last call an HTTP status (429 throttle, 4xx error, 5xx fault). */
    public SyntheticRequest status(int status) {
        calls.getLast().status = status;
        return this;
    }

    /** Marks the last call as retry number {@code attempt} ({@code http.request.resend_count}). */
    public SyntheticRequest attempt(int attempt) {
        return attr("http.request.resend_count", (long) attempt);
    }

    public SyntheticRequest attr(String key, String value) {
        calls.getLast().attrs.put(key, AttributeValue.of(value));
        return this;
    }

    public SyntheticRequest attr(String key, long value) {
        calls.getLast().attrs.put(key, AttributeValue.of(value));
        return this;
    }

    private SyntheticRequest call(String name, double ms, boolean aws, String component, String node, String type) {
        Call c = new Call(name, ms, aws);
        c.attrs.put("fmscope.component", AttributeValue.of(component));
        c.attrs.put("peer.service", AttributeValue.of(node));
        c.attrs.put("fmscope.service_type", AttributeValue.of(type));
        if (aws) c.attrs.put("rpc.system", AttributeValue.of("aws-api"));
        calls.add(c);
        return this;
    }

    /** The spans, children first (the order an exporter sends them in), root last. */
    public List<Span> build() {
        SpanId rootId = spanId(0);
        List<Span> out = new ArrayList<>();
        long cursor = startNanos;
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            long s = cursor + nanos(overheadMs);
            long e = s + nanos(c.ms);
            var b = Span.builder(traceId, spanId(i + 1), c.name).parentId(rootId).service(service).kind(SpanKind.CLIENT)
                    .namespace(c.aws ? Namespace.AWS : Namespace.NONE).startNanos(s).endNanos(e).source(SpanSource.SDK)
                    .attributes(c.attrs).outcome(Outcome.of(c.status == 0 ? null : c.status, false));
            if (c.status >= 400) b.status(SpanStatus.error("HTTP " + c.status)).attribute("http.response.status_code", AttributeValue.of((long) c.status));
            out.add(b.build());
            cursor = e;
        }
        long end = cursor + nanos(overheadMs);
        Map<String, AttributeValue> resource = new LinkedHashMap<>();
        resource.put("service.name", AttributeValue.of(service));
        if (!instance.isEmpty()) resource.put("service.instance.id", AttributeValue.of(instance));
        var root = Span.builder(traceId, rootId, "fm-request").service(service).kind(SpanKind.SERVER).segment(true)
                .startNanos(startNanos).endNanos(end).source(SpanSource.SDK).resource(resource)
                .attribute("fmscope.component", AttributeValue.of("orchestrator"))
                .outcome(Outcome.of(rootStatus == 0 ? null : rootStatus, false));
        if (rootStatus >= 400) root.status(SpanStatus.error("HTTP " + rootStatus));
        if (coldStart) root.attribute("faas.coldstart", AttributeValue.of(true));
        out.add(root.build());
        return out;
    }

    private SpanId spanId(int k) {
        long v = mix(traceId.low() * 31 + traceId.high() + k * 0x9E3779B97F4A7C15L);
        return new SpanId(v == 0 ? 1 : v);
    }

    private static long nanos(double ms) {
        return Math.round(ms * 1_000_000.0);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
