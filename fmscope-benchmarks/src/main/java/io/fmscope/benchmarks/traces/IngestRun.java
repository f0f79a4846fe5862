package io.fmscope.benchmarks.traces;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Client threads that POST the batches in a loop. Requests answered 200 count as acknowledged; 429s are
 * counted and retried after a short pause, as an OTLP exporter would.
 */
final class IngestRun {
    private final URI endpoint;
    private final List<SpanBatches.Batch> bodies;
    private final int spansPerRequest;

    IngestRun(String endpoint, List<SpanBatches.Batch> bodies, int spansPerRequest) {
        this.endpoint = URI.create(endpoint);
        this.bodies = bodies;
        this.spansPerRequest = spansPerRequest;
    }

    record Result(long acknowledgedSpans, long measuredSpans, double seconds, long throttled, long failed,
                  double p50Millis, double p99Millis) {
        double spansPerSecond() {
            return measuredSpans / seconds;
        }

        @Override public String toString() {
            return String.format("spans/s=%,.0f (measured %,d spans in %.1f s; %,d acknowledged in all) "
                    + "request p50=%.1f ms p99=%.1f ms; 429s=%d failures=%d", spansPerSecond(), measuredSpans, seconds,
                    acknowledgedSpans, p50Millis, p99Millis, throttled, failed);
        }
    }

    Result run(int threads, long warmupMillis, long measureMillis) throws InterruptedException {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong throttled = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000L;
        long end = measureFrom + measureMillis * 1_000_000L;
        List<Thread> workers = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int t = 0; t < threads; t++) {
                int first = t;
                workers.add(Thread.ofPlatform().start(() -> {
                    int i = first;
                    do { // at least one request per thread, even if the thread starts late
                        byte[] body = bodies.get(i++ % bodies.size()).fresh(sequence.incrementAndGet());
                        long t0 = System.nanoTime();
                        int status = post(http, body);
                        long t1 = System.nanoTime();
                        if (status == 200) {
                            acknowledged.addAndGet(spansPerRequest);
                            if (t0 >= measureFrom && t1 <= end) {
                                measured.addAndGet(spansPerRequest);
                                latency.recordValue((t1 - t0) / 1000);
                            }
                        } else if (status == 429) {
                            throttled.incrementAndGet();
                            sleep(5);
                        } else {
                            failed.incrementAndGet();
                        }
                    } while (System.nanoTime() < end);
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        return new Result(acknowledged.get(), measured.get(), measureMillis / 1000d, throttled.get(), failed.get(),
                latency.getValueAtPercentile(50) / 1000d, latency.getValueAtPercentile(99) / 1000d);
    }

    private int post(HttpClient http, byte[] body) {
        try {
            return http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-protobuf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
