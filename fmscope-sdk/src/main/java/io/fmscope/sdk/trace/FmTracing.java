package io.fmscope.sdk.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Wires the OpenTelemetry SDK (an optional dependency of fmscope-sdk: add {@code opentelemetry-sdk} and an
 * exporter such as {@code opentelemetry-exporter-otlp} to use this class) for sending to fmscope. The sampler
 * is always-on on purpose: fmscope samples at the tail, after the outcome is known, so the client must send
 * every span (head sampling would drop errors before they happen). Trace ids are X-Ray compatible.
 */
public final class FmTracing {
    private FmTracing() {
    }

    /** An SDK exporting through a batch processor; the caller closes it at shutdown (flushes). */
    public static OpenTelemetrySdk sdk(String serviceName, SpanExporter exporter) {
        return sdk(serviceName, BatchSpanProcessor.builder(exporter).build());
    }

    /** An SDK with the given processor (e.g. {@code SimpleSpanProcessor} in tests). */
    public static OpenTelemetrySdk sdk(String serviceName, SpanProcessor processor) {
        Resource resource = Resource.getDefault()
                .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), serviceName)));
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(resource)
                .setSampler(Sampler.alwaysOn())
                .setIdGenerator(new XrayIdGenerator())
                .addSpanProcessor(processor)
                .build();
        return OpenTelemetrySdk.builder().setTracerProvider(provider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    }
}
