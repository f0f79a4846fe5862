package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** GETs one analytics endpoint of a running fmscope server and returns its JSON. */
final class AnalyticsClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AnalyticsClient(String server) {
        this.server = URI.create(server.endsWith("/") ? server.substring(0, server.length() - 1) : server);
    }

    /** The body as JSON; a non-200 answer or an unreachable server is an AnalyticsException with the reason. */
    JsonNode get(String path, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(server + path + (q.isEmpty() ? "" : "?" + q));
        HttpResponse<String> res;
        try {
            res = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AnalyticsException("cannot reach " + server + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalyticsException("interrupted");
        }
        try {
            JsonNode body = JSON.readTree(res.body());
            if (res.statusCode() != 200) {
                String msg = body != null && body.has("message") ? body.get("message").asText() : res.body();
                throw new AnalyticsException("server answered " + res.statusCode() + ": " + msg);
            }
            return body;
        } catch (IOException e) {
            throw new AnalyticsException("server answered " + res.statusCode() + " with a body that is not JSON");
        }
    }

    static final class AnalyticsException extends RuntimeException {
        AnalyticsException(String message) {
            super(message);
        }
    }
}
