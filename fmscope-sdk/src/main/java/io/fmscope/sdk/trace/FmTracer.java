package io.fmscope.sdk.trace;

import static io.fmscope.sdk.trace.FmAttributes.*;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The FM-request tracer on the OpenTelemetry API (the seed's {@code XRayFMTracer}). Immutable; share one per
 * service. Spans go wherever the given {@link OpenTelemetry} sends them (see {@link FmTracing} for wiring
 * the SDK to fmscope); with {@link OpenTelemetry#noop()} only the timing summaries are kept.
 * <pre>{@code
 * try (FmRequest req = tracer.request(requestId, sessionId, modelId)) {
 *     String hit = req.cache("GET").call(() -> redis.get(key));
 *     try (ModelInvokeSpan call = req.modelInvoke(modelId, 1024)) {
 *         Response r = bedrock.invoke(...);          // on exception: call.fail(e)
 *         call.usage(r.inputTokens(), r.outputTokens());
 *     }
 * }}</pre>
 */
public final class FmTracer {
    /** Instrumentation scope name of every span the tracer creates. */
    public static final String SCOPE = "io.fmscope.sdk.trace";
    private static final String INVALID_TRACE = "00000000000000000000000000000000";

    private final Tracer otel;
    private final String serviceName;
    private final TraceClock clock;
    private final OutcomeClassifier classifier;
    private final String provider;

    private FmTracer(Tracer otel, String serviceName, TraceClock clock, OutcomeClassifier classifier, String provider) {
        this.otel = otel;
        this.serviceName = serviceName;
        this.clock = clock;
        this.classifier = classifier;
        this.provider = provider;
    }

    public static FmTracer create(OpenTelemetry openTelemetry, String serviceName) {
        Tracer t = Guard.get(() -> openTelemetry.getTracer(SCOPE, "0.1.0"), OpenTelemetry.noop().getTracer(SCOPE));
        return new FmTracer(t, serviceName, TraceClock.system(), OutcomeClassifier.defaults(), "aws.bedrock");
    }

    /** Traces nothing, still measures timing summaries. */
    public static FmTracer noop() {
        return create(OpenTelemetry.noop(), "noop");
    }

    public FmTracer withClock(TraceClock c) {
        return new FmTracer(otel, serviceName, c, classifier, provider);
    }

    public FmTracer withClassifier(OutcomeClassifier c) {
        return new FmTracer(otel, serviceName, clock, c, provider);
    }

    /** The {@code gen_ai.provider.name} (and legacy {@code gen_ai.system}) of model calls; default {@code aws.bedrock}. */
    public FmTracer withProvider(String p) {
        return new FmTracer(otel, serviceName, clock, classifier, p);
    }

    /** Starts the root span of an FM request and makes it current. */
    public FmRequest request(String requestId, String sessionId, String modelId) {
        long start = Guard.get(clock::epochNanos, 0L);
        Span root = Guard.get(() -> otel.spanBuilder("fm-request").setSpanKind(SpanKind.SERVER)
                .setStartTimestamp(start, TimeUnit.NANOSECONDS)
                .setAttribute(REQUEST_ID, requestId).setAttribute(SESSION_ID, sessionId)
                .setAttribute(GEN_AI_CONVERSATION_ID, sessionId).setAttribute(MODEL_ID, modelId)
                .setAttribute(GEN_AI_REQUEST_MODEL, modelId).setAttribute(AWS_LOCAL_SERVICE, serviceName)
                .setAttribute(COMPONENT, Component.ORCHESTRATOR.id())
                .setAttribute(SERVICE_TYPE, Component.ORCHESTRATOR.serviceType())
                .setAttribute(XRAY_ANNOTATIONS, List.of(REQUEST_ID.getKey(), SESSION_ID.getKey(), MODEL_ID.getKey()))
                .startSpan(), Span.getInvalid());
        return new FmRequest(this, requestId, root, start);
    }

    /** The W3C trace id (32 lowercase hex) of the current span, for the FM-call record's {@code metadata.trace_id}. */
    public static Optional<String> currentTraceId() {
        return Guard.get(() -> {
            SpanContext sc = Span.current().getSpanContext();
            return sc.isValid() ? Optional.of(sc.getTraceId()) : Optional.<String>empty();
        }, Optional.empty());
    }

    /** The current trace id in X-Ray form ({@code 1-8hex-24hex}). */
    public static Optional<String> currentXrayTraceId() {
        return currentTraceId().map(FmTracer::toXray);
    }

    static String toXray(String w3c) {
        return INVALID_TRACE.equals(w3c) ? w3c : "1-" + w3c.substring(0, 8) + "-" + w3c.substring(8);
    }

    public String serviceName() {
        return serviceName;
    }

    Tracer otel() {
        return otel;
    }

    TraceClock clock() {
        return clock;
    }

    OutcomeClassifier classifier() {
        return classifier;
    }

    String provider() {
        return provider;
    }
}
