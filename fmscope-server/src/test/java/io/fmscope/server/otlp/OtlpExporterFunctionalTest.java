package io.fmscope.server.otlp;

import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Namespace;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.SpanSource;
import io.fmscope.model.trace.SpanStatus;
import io.fmscope.model.trace.Trace;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.api.Json;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.spans.TracingServer;
import io.fmscope.storage.duckdb.trace.DuckTraceStore;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.xray.model.BatchGetTracesResponse;

/**
 * The OpenTelemetry Java SDK's OTLP/HTTP exporter (http/protobuf, gzip; the Java exporters have no
 * http/json) sends a GenAI-shaped trace; it comes back intact from the store and from BatchGetTraces.
 */
class OtlpExporterFunctionalTest {
    @TempDir Path dir;

    private TraceStore store(String kind) {
        return kind.equals("duckdb") ? DuckTraceStore.open(dir) : new MemoryTraceStore();
    }

    @ParameterizedTest @ValueSource(strings = {"memory", "duckdb"})
    void exportedSpansComeBackIntact(String storage) throws Exception {
        try (TracingServer server = new TracingServer(store(storage), TracingConfig.defaults())) {
            OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
                    .setEndpoint(server.endpoint.resolve("/v1/traces").toString()).setCompression("gzip").build();
            SdkTracerProvider provider = SdkTracerProvider.builder().setSampler(Sampler.alwaysOn())
                    .setResource(Resource.create(Attributes.of(stringKey("service.name"), "chatbot",
                            stringKey("cloud.platform"), "aws_ecs")))
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
            Tracer tracer = provider.get("fmscope-test");
            io.opentelemetry.api.trace.Span root = tracer.spanBuilder("POST /chat")
                    .setSpanKind(io.opentelemetry.api.trace.SpanKind.SERVER)
                    .setAttribute("http.request.method", "POST").setAttribute("url.full", "https://x/chat")
                    .setAttribute("http.response.status_code", 200L).startSpan();
            String traceHex;
            try (Scope ignored = root.makeCurrent()) {
                traceHex = root.getSpanContext().getTraceId();
                io.opentelemetry.api.trace.Span model = tracer.spanBuilder("chat claude")
                        .setSpanKind(io.opentelemetry.api.trace.SpanKind.CLIENT)
                        .setAttribute("gen_ai.operation.name", "chat").setAttribute("gen_ai.provider.name", "aws.bedrock")
                        .setAttribute("gen_ai.request.model", "claude").setAttribute("gen_ai.usage.input_tokens", 512L)
                        .setAttribute("rpc.system", "aws-api").setAttribute("rpc.method", "InvokeModel")
                        .setAttribute("http.response.status_code", 429L)
                        .setAttribute(stringArrayKey("aws.xray.annotations"), List.of("gen_ai.request.model"))
                        .startSpan();
                model.recordException(new IllegalStateException("ThrottlingException: slow down"));
                model.setStatus(StatusCode.ERROR, "throttled");
                model.end();
            }
            root.end();
            provider.forceFlush().join(10, TimeUnit.SECONDS);
            provider.shutdown().join(10, TimeUnit.SECONDS);

            TraceId id = TraceId.parse(traceHex);
            Trace trace = server.server.traceStore().reader().trace(id).orElseThrow();
            assertThat(trace.spans()).hasSize(2);
            Span r = trace.root();
            assertThat(r.name()).isEqualTo("POST /chat");
            assertThat(r.kind()).isEqualTo(SpanKind.SERVER);
            assertThat(r.segment()).isTrue();
            assertThat(r.service()).isEqualTo("chatbot");
            assertThat(r.origin()).isEqualTo("AWS::ECS::Container");
            assertThat(r.http().method()).isEqualTo("POST");
            assertThat(r.http().status()).isEqualTo(200);
            assertThat(r.outcome().isOk()).isTrue();
            assertThat(r.source()).isEqualTo(SpanSource.OTLP);
            Span m = trace.children(r.spanId()).getFirst();
            assertThat(m.name()).isEqualTo("chat claude");
            assertThat(m.segment()).isFalse();
            assertThat(m.namespace()).isEqualTo(Namespace.AWS);
            assertThat(m.aws().operation()).isEqualTo("InvokeModel");
            assertThat(m.status()).isEqualTo(SpanStatus.error("throttled"));
            assertThat(m.outcome().throttle()).isTrue();
            assertThat(m.outcome().error()).isTrue();
            assertThat(m.attributes()).containsEntry("gen_ai.usage.input_tokens", AttributeValue.of(512L))
                    .containsEntry("gen_ai.provider.name", AttributeValue.of("aws.bedrock"));
            assertThat(m.annotations()).containsEntry("gen_ai.request.model", AttributeValue.of("claude"));
            assertThat(m.events()).extracting(e -> e.name()).containsExactly("exception");
            assertThat(m.cause().exceptions()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("java.lang.IllegalStateException");
                assertThat(e.remote()).isTrue();
            });
            assertThat(m.endNanos() - m.startNanos()).isPositive();

            BatchGetTracesResponse got = server.xray.batchGetTraces(b -> b.traceIds(id.toXRay()));
            assertThat(got.traces()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(id.toXRay()));
            JsonNode doc = Json.MAPPER.readTree(got.traces().getFirst().segments().getFirst().document());
            assertThat(doc.get("name").asText()).isEqualTo("POST /chat");
            assertThat(doc.get("trace_id").asText()).isEqualTo(id.toXRay());
            JsonNode sub = doc.get("subsegments").get(0);
            assertThat(sub.get("namespace").asText()).isEqualTo("aws");
            assertThat(sub.get("throttle").asBoolean()).isTrue();
            assertThat(sub.at("/metadata/default/gen_ai.usage.input_tokens").asLong()).isEqualTo(512);
            assertThat(sub.at("/annotations/gen_ai.request.model").asText()).isEqualTo("claude");
        }
    }
}
