package io.fmscope.cli.simulate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fails fast when nothing listens at the server URL, instead of retrying every batch for minutes. */
final class Reachability {
  private Reachability() {}

  /** Null when the server answered (any status), else what went wrong. */
  static String check(URI server) {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      http.send(HttpRequest.newBuilder(server.resolve("/")).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return "cannot reach the server at " + server + ": " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
