package io.fmscope.sdk.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP endpoint on 127.0.0.1 with a random port (the JDK's HttpServer) that records every
 * request body and answers with a status chosen per request number.
 */
final class TestEndpoint implements AutoCloseable {
  /** One received request. */
  record Request(String contentType, String body, int status) {
    List<String> lines() {
      return body.lines().toList();
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final IntUnaryOperator statusForRequest;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  /** {@code statusForRequest} maps the 1-based request number to the status to answer. */
  TestEndpoint(IntUnaryOperator statusForRequest) throws IOException {
    this.statusForRequest = statusForRequest;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/logs", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/logs");
  }

  /** Until {@link #open()} is called, requests wait inside the handler (a stalled endpoint). */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Lines of the requests answered with 2xx, in arrival order. */
  synchronized List<String> acceptedLines() {
    return requests.stream().filter(r -> r.status() / 100 == 2)
        .flatMap(r -> r.lines().stream()).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      gate.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int status = statusForRequest.applyAsInt(count.incrementAndGet());
    synchronized (this) {
      requests.add(new Request(ex.getRequestHeaders().getFirst("Content-Type"), body, status));
    }
    if (status == 429 || status == 503) {
      ex.getResponseHeaders().add("Retry-After", "0");
    }
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  @Override
  public void close() {
    open();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
