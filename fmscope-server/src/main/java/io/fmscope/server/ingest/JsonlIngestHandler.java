package io.fmscope.server.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fmscope.server.api.ApiException;
import io.fmscope.server.api.Json;
import io.fmscope.storage.LogStore;
import io.fmscope.storage.StorageException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP adapter of {@link JsonlIngestService}: reads {@code logGroup} and {@code logStream} from the query and
 * the body (plain or {@code Content-Encoding: gzip}), answers 200 with an {@link IngestResponse}, or the
 * server's error shape {@code {"__type", "message"}}: 400 for bad requests, 503 when storage fails (the SDK
 * exporter retries those).
 */
public final class JsonlIngestHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(JsonlIngestHandler.class);

  private final JsonlIngestService service;

  public JsonlIngestHandler(JsonlIngestService service) {
    this.service = service;
  }

  /** The handler over {@code store}, stamping ingestion times with {@code clock}. */
  public static JsonlIngestHandler over(LogStore store, Clock clock) {
    return new JsonlIngestHandler(new JsonlIngestService(store, clock));
  }

  @Override
  public void handle(Context ctx) {
    int status = 200;
    Object out;
    try {
      out = service.ingest(ctx.queryParam("logGroup"), ctx.queryParam("logStream"),
          body(ctx.bodyAsBytes(), ctx.header("Content-Encoding")));
    } catch (ApiException e) {
      status = e.status();
      out = e.body();
    } catch (StorageException e) {
      status = e.kind() == StorageException.Kind.PERMANENT ? 500 : 503;
      out = Map.of("__type", "ServiceUnavailableException", "message", "storage failure: " + e.getMessage());
      if (status == 503) {
        ctx.header("Retry-After", "1");
      }
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.error("ingest request {} failed", id, e);
      status = 500;
      out = Map.of("__type", "ServiceUnavailableException", "message", "Internal error " + id);
    }
    try {
      ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(out));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serializable", e);
    }
  }

  private static byte[] body(byte[] raw, String encoding) {
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
      return raw;
    }
    if (!encoding.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
      throw ApiException.invalidParameter("Unsupported Content-Encoding '" + encoding + "' (gzip or none)");
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16_384];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        if (out.size() > JsonlIngestService.MAX_BODY_BYTES) {
          throw ApiException.invalidParameter("Upload too large: more than " + JsonlIngestService.MAX_BODY_BYTES
              + " bytes after decompression");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ApiException.invalidParameter("Bad gzip body: " + e.getMessage());
    }
  }
}
