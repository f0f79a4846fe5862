package io.fmscope.benchmarks.logstore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends prepared PutLogEvents bodies to a server over HTTP from {@code senders} concurrent clients (each waits for
 * its acknowledgement before sending the next, like a logging agent) and returns the wall time until the last
 * acknowledgement. Any rejection or error fails the run.
 */
final class IngestRun {
    private IngestRun() {
    }

    static long sendAll(URI endpoint, List<byte[]> bodies, int senders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long t0 = System.nanoTime();
            List<Future<?>> lanes = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int lane = s;
                lanes.add(pool.submit(() -> {
                    for (int b = lane; b < bodies.size(); b += senders) {
                        String r = post(http, endpoint, "PutLogEvents", bodies.get(b));
                        if (r.contains("rejectedLogEventsInfo")) {
                            throw new IllegalStateException("events rejected: " + r);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : lanes) {
                f.get();
            }
            return System.nanoTime() - t0;
        } finally {
            pool.shutdownNow();
        }
    }

    static String post(HttpClient http, URI endpoint, String operation, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("X-Amz-Target", "Logs_20140328." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(operation + " failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
