package io.fmscope.simulator.output;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One tracer provider per task (providers are plain objects), all feeding one batch processor whose
 * shutdown is deferred to {@link #close()}: a cold-start fault may start thousands of tasks, and a
 * processor per task would mean a thread per task. Always-on sampling: the server samples at the tail.
 */
final class SdkSpanOutput implements SpanOutput {
  static final String SERVICE = "manga-assist-orchestrator";

  private final BatchSpanProcessor batch;
  private final SpanProcessor shared;

  SdkSpanOutput(SpanExporter exporter) {
    batch = BatchSpanProcessor.builder(exporter).setMaxQueueSize(200_000).setMaxExportBatchSize(2_000)
        .setScheduleDelay(Duration.ofMillis(200)).build();
    shared = new SpanProcessor() {
      @Override
      public void onStart(Context parent, ReadWriteSpan span) {
        batch.onStart(parent, span);
      }

      @Override
      public boolean isStartRequired() {
        return batch.isStartRequired();
      }

      @Override
      public void onEnd(ReadableSpan span) {
        batch.onEnd(span);
      }

      @Override
      public boolean isEndRequired() {
        return batch.isEndRequired();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess(); // the shared batch outlives each task's provider
      }

      @Override
      public CompletableResultCode forceFlush() {
        return batch.forceFlush();
      }
    };
  }

  @Override
  public OpenTelemetry forTask(String taskId, IdGenerator ids) {
    Resource resource = Resource.getDefault().merge(Resource.create(Attributes.of(
        AttributeKey.stringKey("service.name"), SERVICE,
        AttributeKey.stringKey("service.instance.id"), taskId,
        AttributeKey.stringKey("cloud.provider"), "aws",
        AttributeKey.stringKey("cloud.platform"), "aws_ecs",
        AttributeKey.stringKey("cloud.region"), "ap-northeast-1")));
    SdkTracerProvider provider = SdkTracerProvider.builder().setResource(resource).setSampler(Sampler.alwaysOn())
        .setIdGenerator(ids).addSpanProcessor(shared).build();
    return OpenTelemetrySdk.builder().setTracerProvider(provider).build();
  }

  @Override
  public void flush() {
    batch.forceFlush().join(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    flush();
    batch.shutdown().join(30, TimeUnit.SECONDS);
  }
}
