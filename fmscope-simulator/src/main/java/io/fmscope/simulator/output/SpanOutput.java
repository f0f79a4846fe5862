package io.fmscope.simulator.output;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Where the simulator's spans go. Each orchestrator task gets its own {@link OpenTelemetry} (its own
 * resource, {@code service.instance.id} = the ECS task id, so cold starts show up as new instances);
 * all of them share one batch processor and exporter.
 */
public interface SpanOutput extends AutoCloseable {

  /** The OpenTelemetry of one orchestrator task. */
  OpenTelemetry forTask(String taskId, IdGenerator ids);

  /** Exports what has ended so far. */
  void flush();

  /** Flushes and shuts the exporter down. */
  @Override
  void close();

  /** No spans (records then carry no trace id). */
  static SpanOutput none() {
    return new SpanOutput() {
      @Override
      public OpenTelemetry forTask(String taskId, IdGenerator ids) {
        return OpenTelemetry.noop();
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** Spans through the OpenTelemetry SDK to {@code exporter} (e.g. {@link Otlp#exporter}). */
  static SpanOutput to(SpanExporter exporter) {
    return new SdkSpanOutput(exporter);
  }
}
