package io.fmscope.sdk.trace;

import static io.fmscope.sdk.trace.FmAttributes.*;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The root span of one FM request (the seed's {@code trace_fm_request}) and the factory of its typed children.
 * It is current while open, so the structured logger finds its trace id. Close it (try-with-resources) when
 * the request is answered; children still open then are not in the timing summary. No method throws.
 */
public final class FmRequest implements AutoCloseable {
    private final FmTracer tracer;
    private final String requestId;
    private final Span span;
    private final Context context;
    private final Scope scope;
    private final long startNanos;
    private final List<ChildTiming> timings = new ArrayList<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Outcome outcome = Outcome.ok();
    private volatile long endNanos = -1;

    FmRequest(FmTracer tracer, String requestId, Span span, long startNanos) {
        this.tracer = tracer;
        this.requestId = requestId;
        this.span = span;
        this.startNanos = startNanos;
        this.context = Guard.get(() -> Context.current().with(span), Context.root());
        this.scope = Guard.get(span::makeCurrent, Scope.noop());
    }

    /** A Redis cache call; {@code operation} is the command, e.g. {@code GET}. */
    public ChildSpan cache(String operation) {
        String op = operation == null ? "GET" : operation.toUpperCase(Locale.ROOT);
        return child(Component.CACHE, op, b -> b.setAttribute(DB_SYSTEM_NAME, "redis").setAttribute(DB_SYSTEM, "redis")
                .setAttribute(DB_OPERATION, op), ChildSpan::new);
    }

    /** A DynamoDB session-store call, e.g. {@code ("sessions", "GetItem")}. */
    public ChildSpan sessionStore(String table, String operation) {
        String op = operation == null ? "GetItem" : operation;
        return child(Component.SESSION_STORE, op + " " + table, b -> aws(b, "DynamoDB", op)
                .setAttribute(DB_SYSTEM_NAME, "aws.dynamodb").setAttribute(DB_SYSTEM, "dynamodb")
                .setAttribute(DB_OPERATION, op).setAttribute(DB_COLLECTION, table)
                .setAttribute(DYNAMODB_TABLES, List.of(String.valueOf(table))), ChildSpan::new);
    }

    /** An OpenSearch vector search: a GenAI {@code retrieval} span over {@code index}, top {@code k}. */
    public ChildSpan vectorSearch(String index, int topK) {
        return child(Component.VECTOR_SEARCH, "retrieval " + index, b -> b.setAttribute(GEN_AI_OPERATION, "retrieval")
                .setAttribute(GEN_AI_DATA_SOURCE_ID, index).setAttribute(GEN_AI_TOP_K, (long) topK)
                .setAttribute(DB_SYSTEM_NAME, "opensearch").setAttribute(DB_SYSTEM, "opensearch")
                .setAttribute(DB_OPERATION, "search").setAttribute(DB_COLLECTION, index), ChildSpan::new);
    }

    /** A Bedrock model call, first attempt. */
    public ModelInvokeSpan modelInvoke(String modelId, long maxTokens) {
        return modelInvoke(modelId, maxTokens, 0);
    }

    /** A Bedrock model call; {@code attempt} > 0 marks a retry ({@code http.request.resend_count}). */
    public ModelInvokeSpan modelInvoke(String modelId, long maxTokens, int attempt) {
        String provider = tracer.provider();
        return child(Component.MODEL_INVOKE, "chat " + modelId, b -> {
            aws(b, "BedrockRuntime", "InvokeModel").setAttribute(GEN_AI_OPERATION, "chat")
                    .setAttribute(GEN_AI_PROVIDER, provider).setAttribute(GEN_AI_SYSTEM, provider)
                    .setAttribute(GEN_AI_REQUEST_MODEL, modelId).setAttribute(GEN_AI_MAX_TOKENS, maxTokens);
            if (attempt > 0) b.setAttribute(RESEND_COUNT, (long) attempt);
        }, ModelInvokeSpan::new);
    }

    /** Delivery of the answer over the API Gateway WebSocket ({@code PostToConnection}). */
    public ChildSpan responseDelivery() {
        return child(Component.RESPONSE_DELIVERY, "PostToConnection",
                b -> aws(b, "ApiGatewayManagementApi", "PostToConnection"), ChildSpan::new);
    }

    /** Marks the request with an HTTP status (4xx error, 429 throttle, 5xx fault). */
    public FmRequest status(int httpStatus) {
        Outcome o = Outcome.ofStatus(httpStatus);
        outcome = o;
        Guard.run(() -> Outcomes.apply(span, o, null));
        return this;
    }

    /** Records a failure of the whole request, classified like a child's. */
    public FmRequest fail(Throwable failure) {
        Outcome o = Guard.get(() -> tracer.classifier().classify(failure), Outcome.unknownFault());
        outcome = o;
        Guard.run(() -> Outcomes.apply(span, o, failure));
        return this;
    }

    /** W3C (32 hex) trace id; all zeros when tracing is disabled. */
    public String traceId() {
        return Guard.get(() -> span.getSpanContext().getTraceId(), "00000000000000000000000000000000");
    }

    public String spanId() {
        return Guard.get(() -> span.getSpanContext().getSpanId(), "0000000000000000");
    }

    /** The timing summary so far (or final, once closed). */
    public TimingSummary timingSummary() {
        long end = endNanos >= 0 ? endNanos : Guard.get(() -> tracer.clock().epochNanos(), startNanos);
        List<ChildTiming> copy;
        synchronized (timings) {
            copy = List.copyOf(timings);
        }
        return new TimingSummary(requestId, traceId(), (end - startNanos) / 1e6, outcome.failed(), copy);
    }

    /** Ends the root span once, with the timing summary as X-Ray metadata ({@code fm_trace.timing_summary}). */
    @Override public void close() {
        if (!ended.compareAndSet(false, true)) return;
        endNanos = Guard.get(() -> tracer.clock().epochNanos(), startNanos);
        TimingSummary summary = timingSummary();
        Guard.run(() -> {
            span.setAttribute(CHILDREN_MS, TimingSummary.round(summary.childTotalMs()));
            span.setAttribute(OVERHEAD_MS, TimingSummary.round(summary.orchestratorOverheadMs()));
            span.setAttribute(XRAY_METADATA_FM_TRACE, "{\"timing_summary\":" + summary.toJson() + "}");
        });
        Guard.run(() -> span.end(endNanos, TimeUnit.NANOSECONDS));
        Guard.run(scope::close);
    }

    FmTracer tracer() {
        return tracer;
    }

    void record(ChildTiming timing) {
        synchronized (timings) {
            timings.add(timing);
        }
    }

    @FunctionalInterface
    interface ChildFactory<S extends ChildSpan> {
        S create(FmRequest request, Component component, String name, Span span, long startNanos);
    }

    private <S extends ChildSpan> S child(Component c, String name, Consumer<SpanBuilder> attributes, ChildFactory<S> f) {
        long start = Guard.get(() -> tracer.clock().epochNanos(), 0L);
        Span child = Guard.get(() -> {
            SpanBuilder b = tracer.otel().spanBuilder(name).setParent(context).setSpanKind(SpanKind.CLIENT)
                    .setStartTimestamp(start, TimeUnit.NANOSECONDS)
                    .setAttribute(COMPONENT, c.id()).setAttribute(SERVICE_TYPE, c.serviceType())
                    .setAttribute(PEER_SERVICE, c.node()).setAttribute(REQUEST_ID, requestId)
                    .setAttribute(XRAY_ANNOTATIONS, List.of(REQUEST_ID.getKey(), SERVICE_TYPE.getKey()));
            attributes.accept(b);
            return b.startSpan();
        }, Span.getInvalid());
        return f.create(this, c, name, child, start);
    }

    private static SpanBuilder aws(SpanBuilder b, String service, String method) {
        return b.setAttribute(RPC_SYSTEM, "aws-api").setAttribute(RPC_SERVICE, service).setAttribute(RPC_METHOD, method);
    }
}
