package io.fmscope.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.Span;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.server.spans.TracingServer;
import io.fmscope.storage.trace.ServiceCatalog;
import io.fmscope.storage.trace.TraceReader;
import io.fmscope.storage.trace.TraceStore;
import io.fmscope.storage.trace.TraceWriter;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A full ingest queue answers 429 with Retry-After; the waiting batch is stored once storage frees up. */
class OtlpBackpressureFunctionalTest {

    /** A store whose writes wait until released, so the queue fills. */
    static final class GatedStore implements TraceStore {
        final MemoryTraceStore inner = new MemoryTraceStore();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override public TraceWriter writer() {
            return new TraceWriter() {
                @Override public void write(List<Span> spans) {
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inner.writer().write(spans);
                }

                @Override public long deleteTracesBefore(long epochNanos) {
                    return inner.writer().deleteTracesBefore(epochNanos);
                }
            };
        }

        @Override public TraceReader reader() {
            return inner.reader();
        }

        @Override public ServiceCatalog services() {
            return inner.services();
        }

        @Override public String name() {
            return "gated";
        }

        @Override public void close() {
            release.countDown();
            inner.close();
        }
    }

    @Test void fullQueueIs429WithRetryAfter() throws Exception {
        GatedStore store = new GatedStore();
        try (TracingServer server = new TracingServer(store, TracingConfig.defaults().withIngestQueueSpans(1))) {
            byte[] one = OtlpBadInputFunctionalTest.json(OtlpBadInputFunctionalTest.span("00f067aa0ba902b7", "",
                    "1700000000000000000", "1700000000500000000")).getBytes(StandardCharsets.UTF_8);
            CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.post("/v1/traces", "application/json", one, Map.of());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<byte[]> refused = server.post("/v1/traces", "application/json", one, Map.of());
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            store.release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(store.reader().spanCount()).isEqualTo(1);
            assertThat(server.server.tracing().ingest().stats().refused()).isEqualTo(1);
        }
    }
}
