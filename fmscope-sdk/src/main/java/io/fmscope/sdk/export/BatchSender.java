package io.fmscope.sdk.export;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POSTs one batch as newline-delimited JSON and retries it with exponential backoff on 429, 5xx
 * and I/O errors, honouring a server's {@code Retry-After} (in seconds) up to the maximum backoff.
 * Other statuses (400, 413...) are not retried: sending the same body again cannot succeed.
 */
final class BatchSender {
  static final String CONTENT_TYPE = "application/x-ndjson";

  private final HttpExporterConfig config;
  private final HttpClient client;
  private final AtomicLong retries = new AtomicLong();

  BatchSender(HttpExporterConfig config, HttpClient client) {
    this.config = config;
    this.client = client;
  }

  long retries() {
    return retries.get();
  }

  /** True when the endpoint acknowledged the batch; false when it was given up on. */
  boolean send(List<String> lines) throws InterruptedException {
    HttpRequest request = request(body(lines));
    for (int attempt = 1; ; attempt++) {
      long retryAfterMs = -1;
      try {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        int code = response.statusCode();
        if (code >= 200 && code < 300) {
          return true;
        }
        if (code != 429 && code < 500) {
          return false;
        }
        retryAfterMs = response.headers().firstValue("Retry-After")
            .map(BatchSender::seconds).orElse(-1L);
      } catch (IOException e) {
        // connection refused, reset, timeout: retried like a 503
      }
      if (attempt >= config.maxAttempts()) {
        return false;
      }
      retries.incrementAndGet();
      TimeUnit.MILLISECONDS.sleep(backoffMillis(attempt, retryAfterMs));
    }
  }

  /** Wait before retry number {@code attempt} (1-based). */
  long backoffMillis(int attempt, long retryAfterMs) {
    long initial = config.initialBackoff().toMillis();
    long max = config.maxBackoff().toMillis();
    long nominal = attempt >= 62 ? max : Math.min(max, initial << Math.min(attempt - 1, 30));
    long wait = config.jitter()
        ? nominal / 2 + ThreadLocalRandom.current().nextLong(nominal / 2 + 1)
        : nominal;
    return Math.max(1, Math.min(max, Math.max(wait, retryAfterMs)));
  }

  private HttpRequest request(byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(config.endpoint())
        .timeout(config.requestTimeout())
        .header("Content-Type", CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    config.headers().forEach(b::header);
    return b.build();
  }

  static byte[] body(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long seconds(String header) {
    try {
      return Duration.ofSeconds(Long.parseLong(header.trim())).toMillis();
    } catch (RuntimeException e) {
      return -1; // an HTTP date or garbage: fall back to our own backoff
    }
  }
}
