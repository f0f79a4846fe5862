package io.fmscope.sdk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on 127.0.0.1 (JDK HttpServer), never a mock. */
class HttpBatchExporterTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static HttpExporterConfig.Builder config(TestEndpoint endpoint) {
    return HttpExporterConfig.builder(endpoint.uri()).backoff(Duration.ofMillis(5),
        Duration.ofMillis(50)).maxBatchDelay(Duration.ofSeconds(30));
  }

  private static List<String> lines(int n) {
    return IntStream.range(0, n).mapToObj(i -> "{\"log_type\":\"FM_CALL\",\"n\":" + i + "}")
        .toList();
  }

  @Test
  void postsNdjsonBatchesCutBySizeAndDeliversEveryLineInOrder() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxBatchSize(3)
          .build());
      List<String> sent = lines(10);
      sent.forEach(exporter::offer);

      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      assertThat(endpoint.acceptedLines()).isEqualTo(sent);
      assertThat(endpoint.requests()).allSatisfy(r -> {
        assertThat(r.contentType()).isEqualTo("application/x-ndjson");
        assertThat(r.lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(r.body()).endsWith("\n");
      });
      assertThat(exporter.stats()).isEqualTo(new ExporterStats(10, 0, 10, 0,
          endpoint.requests().size(), 0, 0, 0));
    }
  }

  @Test
  void retriesA503AndDeliversOnce() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> n == 1 ? 503 : 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).build());
      List<String> sent = lines(5);
      sent.forEach(exporter::offer);

      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      assertThat(endpoint.requests()).extracting(TestEndpoint.Request::status)
          .containsExactly(503, 200);
      assertThat(endpoint.requests().get(0).lines()).isEqualTo(sent);
      assertThat(endpoint.acceptedLines()).isEqualTo(sent);
      ExporterStats stats = exporter.stats();
      assertThat(stats.retries()).isEqualTo(1);
      assertThat(stats.sent()).isEqualTo(5);
      assertThat(stats.failed()).isZero();
    }
  }

  @Test
  void retries429AndGivesUpAfterMaxAttempts() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 429)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxAttempts(3)
          .build());
      exporter.offer("{\"a\":1}");

      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      assertThat(endpoint.requests()).hasSize(3);
      assertThat(exporter.stats()).isEqualTo(new ExporterStats(1, 0, 0, 1, 0, 1, 2, 0));
    }
  }

  @Test
  void doesNotRetryAClientError() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 400)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).build());
      exporter.offer("{\"a\":1}");

      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      assertThat(endpoint.requests()).hasSize(1);
      assertThat(exporter.stats().failed()).isEqualTo(1);
      assertThat(exporter.stats().retries()).isZero();
    }
  }

  @Test
  void retriesConnectionFailuresLikeServerErrors() throws Exception {
    TestEndpoint gone = new TestEndpoint(n -> 200);
    HttpExporterConfig cfg = config(gone).maxAttempts(2).build();
    gone.close();
    HttpBatchExporter exporter = HttpBatchExporter.start(cfg);
    exporter.offer("{\"a\":1}");

    assertThat(exporter.flush(WAIT)).isTrue();
    exporter.close();

    assertThat(exporter.stats().retries()).isEqualTo(1);
    assertThat(exporter.stats().failed()).isEqualTo(1);
  }

  @Test
  void aFullQueueDropsAndCountsWithoutBlockingTheCaller() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      endpoint.hold();
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxQueueSize(4)
          .maxBatchSize(2).build());
      List<String> offered = lines(50);
      List<String> taken = offered.stream().filter(exporter::offer).toList();
      long refused = offered.size() - taken.size();

      ExporterStats during = exporter.stats();
      endpoint.open();
      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      ExporterStats after = exporter.stats();
      // at most the queue plus the one batch taken before the endpoint stalled got in
      assertThat(during.accepted()).isBetween(4L, 6L);
      assertThat(refused).isEqualTo(during.dropped()).isEqualTo(50 - during.accepted());
      assertThat(after.dropped() + after.sent()).isEqualTo(50);
      // which lines got in depends on when the worker thread first runs; those that did arrive in order
      assertThat(after.sent()).isEqualTo(taken.size());
      assertThat(endpoint.acceptedLines()).isEqualTo(taken);
    }
  }

  @Test
  void sendsAPartialBatchOnceItIsOldEnough() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxBatchSize(100)
          .maxBatchDelay(Duration.ofMillis(20)).build());
      exporter.offer("{\"a\":1}");
      exporter.offer("{\"a\":2}");

      long deadline = System.nanoTime() + WAIT.toNanos();
      while (endpoint.acceptedLines().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }

      assertThat(endpoint.acceptedLines()).containsExactly("{\"a\":1}", "{\"a\":2}");
      exporter.close();
    }
  }

  /** The worker already waits on an empty queue when the lines come: the first line must wake it. */
  @Test
  void sendsAPartialBatchOfferedWhileTheWorkerIsIdle() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxBatchSize(100)
          .maxBatchDelay(Duration.ofMillis(20)).build());
      Thread.sleep(300); // long enough for the worker to start and park on the empty queue
      exporter.offer("{\"a\":1}");

      long deadline = System.nanoTime() + WAIT.toNanos();
      while (endpoint.acceptedLines().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }

      assertThat(endpoint.acceptedLines()).containsExactly("{\"a\":1}");
      exporter.close();
    }
  }

  @Test
  void cutsBatchesBySize() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxBatchChars(25)
          .build());
      List<String> sent = lines(4); // each line is 22 chars + newline
      sent.forEach(exporter::offer);

      assertThat(exporter.flush(WAIT)).isTrue();
      exporter.close();

      assertThat(endpoint.requests()).hasSize(4).allSatisfy(r -> assertThat(r.lines()).hasSize(1));
      assertThat(endpoint.acceptedLines()).isEqualTo(sent);
    }
  }

  @Test
  void closeDrainsTheQueueAndLaterLinesAreDropped() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).build());
      List<String> sent = lines(7);
      sent.forEach(exporter::offer);

      exporter.close();
      boolean afterClose = exporter.offer("{\"late\":true}");

      assertThat(endpoint.acceptedLines()).isEqualTo(sent);
      assertThat(afterClose).isFalse();
      assertThat(exporter.stats().dropped()).isEqualTo(1);
      exporter.close(); // idempotent
    }
  }

  @Test
  void closeThatTimesOutCountsTheUnsentLinesAsFailed() throws Exception {
    try (TestEndpoint endpoint = new TestEndpoint(n -> 200)) {
      endpoint.hold();
      HttpBatchExporter exporter = HttpBatchExporter.start(config(endpoint).maxBatchSize(2)
          .build());
      lines(5).forEach(exporter::offer);

      exporter.close(Duration.ofMillis(100));

      ExporterStats stats = exporter.stats();
      assertThat(stats.accepted()).isEqualTo(5);
      assertThat(stats.sent() + stats.failed()).isEqualTo(5);
      assertThat(stats.failed()).isPositive();
      assertThat(stats.queued()).isZero();
    }
  }

  @Test
  void backoffDoublesUpToTheMaximumAndHonoursRetryAfter() {
    HttpExporterConfig cfg = HttpExporterConfig.builder(java.net.URI.create("http://127.0.0.1:1/"))
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(1)).jitter(false).build();
    BatchSender sender = new BatchSender(cfg, null);

    assertThat(IntStream.rangeClosed(1, 6).mapToLong(a -> sender.backoffMillis(a, -1)))
        .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    assertThat(sender.backoffMillis(1, 700)).isEqualTo(700);
    assertThat(sender.backoffMillis(1, 60_000)).isEqualTo(1000);
    assertThat(sender.backoffMillis(200, -1)).isEqualTo(1000);
  }

  @Test
  void jitterStaysBetweenHalfAndAllOfTheNominalWait() {
    HttpExporterConfig cfg = HttpExporterConfig.builder(java.net.URI.create("http://127.0.0.1:1/"))
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(10)).build();
    BatchSender sender = new BatchSender(cfg, null);

    for (int i = 0; i < 200; i++) {
      assertThat(sender.backoffMillis(3, -1)).isBetween(200L, 400L);
    }
  }
}
