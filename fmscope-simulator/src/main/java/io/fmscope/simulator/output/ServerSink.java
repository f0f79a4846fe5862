package io.fmscope.simulator.output;

import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.sdk.export.ExporterStats;
import io.fmscope.sdk.export.HttpBatchExporter;
import io.fmscope.sdk.export.HttpExporterConfig;
import io.fmscope.sdk.export.LogSink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Records to an fmscope server through the SDK's HTTP batch exporter and the server's
 * {@code POST /ingest/jsonl?logGroup=G&logStream=S} endpoint (JSON lines; each event's timestamp is the
 * record's own). The queue is large, and {@link #queued()} lets a fast simulation wait for the server
 * instead of dropping records.
 */
public final class ServerSink implements LogSink {
  /** The seed's log group. */
  public static final String DEFAULT_LOG_GROUP = "/ecs/manga-assist-orchestrator";

  private final HttpBatchExporter exporter;

  private ServerSink(HttpBatchExporter exporter) {
    this.exporter = exporter;
  }

  public static ServerSink start(URI server, String logGroup, String logStream) {
    String base = server.toString().replaceAll("/+$", "");
    URI endpoint = URI.create(base + "/ingest/jsonl?logGroup=" + enc(logGroup) + "&logStream=" + enc(logStream));
    return new ServerSink(HttpBatchExporter.start(HttpExporterConfig.builder(endpoint).maxQueueSize(500_000)
        .maxBatchSize(2_000).maxBatchChars(4L << 20).maxBatchDelay(Duration.ofMillis(250)).maxAttempts(8)
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void emit(FmLogRecord record, String jsonLine) {
    exporter.emit(record, jsonLine);
  }

  /** Lines waiting to be sent. */
  public long queued() {
    return exporter.stats().queued();
  }

  public ExporterStats stats() {
    return exporter.stats();
  }

  @Override
  public boolean flush(Duration timeout) {
    return exporter.flush(timeout);
  }

  @Override
  public void close() {
    exporter.close(Duration.ofSeconds(60));
  }
}
