package io.fmscope.sdk.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link HttpBatchExporter}; build with {@link #builder(URI)}.
 *
 * @param endpoint where batches are POSTed
 * @param maxQueueSize lines held while waiting to be sent; beyond it new lines are dropped
 * @param maxBatchSize lines per request at most
 * @param maxBatchChars approximate size of a request body (UTF-16 chars); one longer line is sent
 *     alone
 * @param maxBatchDelay how long a line may wait for its batch to fill before it is sent anyway
 * @param maxAttempts attempts per batch, the first included
 * @param initialBackoff wait before the first retry; doubled per retry
 * @param maxBackoff longest wait between attempts (also caps a server's Retry-After)
 * @param jitter randomise each wait between half and all of its nominal value
 * @param requestTimeout per-request timeout
 * @param headers extra request headers (e.g. authorization), never logged
 * @param httpClient the client to use, or {@code null} to create (and later close) one
 */
public record HttpExporterConfig(
    URI endpoint,
    int maxQueueSize,
    int maxBatchSize,
    long maxBatchChars,
    Duration maxBatchDelay,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    boolean jitter,
    Duration requestTimeout,
    Map<String, String> headers,
    HttpClient httpClient) {

  public HttpExporterConfig {
    Objects.requireNonNull(endpoint, "endpoint");
    headers = Map.copyOf(headers);
  }

  /** Defaults: queue 10 000, batches of 500 lines or 1 M chars or 1 s, 5 attempts from 100 ms. */
  public static Builder builder(URI endpoint) {
    return new Builder(endpoint);
  }

  /** Mutable builder; every setter clamps nonsense (zero sizes, negative durations) to 1. */
  public static final class Builder {
    private final URI endpoint;
    private int maxQueueSize = 10_000;
    private int maxBatchSize = 500;
    private long maxBatchChars = 1 << 20;
    private Duration maxBatchDelay = Duration.ofSeconds(1);
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(100);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private boolean jitter = true;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpClient httpClient;

    private Builder(URI endpoint) {
      this.endpoint = endpoint;
    }

    public Builder maxQueueSize(int n) {
      maxQueueSize = Math.max(1, n);
      return this;
    }

    public Builder maxBatchSize(int n) {
      maxBatchSize = Math.max(1, n);
      return this;
    }

    public Builder maxBatchChars(long n) {
      maxBatchChars = Math.max(1, n);
      return this;
    }

    public Builder maxBatchDelay(Duration d) {
      maxBatchDelay = positive(d);
      return this;
    }

    public Builder maxAttempts(int n) {
      maxAttempts = Math.max(1, n);
      return this;
    }

    public Builder backoff(Duration initial, Duration max) {
      initialBackoff = positive(initial);
      maxBackoff = positive(max).compareTo(initialBackoff) < 0 ? initialBackoff : positive(max);
      return this;
    }

    public Builder jitter(boolean on) {
      jitter = on;
      return this;
    }

    public Builder requestTimeout(Duration d) {
      requestTimeout = positive(d);
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    public Builder httpClient(HttpClient client) {
      httpClient = client;
      return this;
    }

    public HttpExporterConfig build() {
      return new HttpExporterConfig(endpoint, maxQueueSize, maxBatchSize, maxBatchChars,
          maxBatchDelay, maxAttempts, initialBackoff, maxBackoff, jitter, requestTimeout, headers,
          httpClient);
    }

    private static Duration positive(Duration d) {
      return d == null || d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
    }
  }
}
