package io.fmscope.simulator.output;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.time.Duration;

/** The OpenTelemetry OTLP/HTTP span exporter pointed at an fmscope server's {@code /v1/traces}. */
public final class Otlp {
  private Otlp() {}

  public static SpanExporter exporter(URI server) {
    String base = server.toString().replaceAll("/+$", "");
    return OtlpHttpSpanExporter.builder().setEndpoint(base + "/v1/traces").setTimeout(Duration.ofSeconds(30))
        .setCompression("gzip").build();
  }
}
