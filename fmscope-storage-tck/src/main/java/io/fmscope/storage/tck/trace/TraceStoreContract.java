package io.fmscope.storage.tck.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanId;
import io.fmscope.model.trace.SpanKind;
import io.fmscope.model.trace.TraceId;
import io.fmscope.storage.trace.TraceStore;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Base of every trace contract. A backend's test class extends a contract and supplies a fresh, empty
 * store per test; it may skip a case only by naming it in {@link #optOuts()} with a reason.
 */
public abstract class TraceStoreContract {
    /** 2026-01-01T00:00:00Z in epoch nanos: a fixed base so cases do not depend on the clock. */
    protected static final long T0 = 1_767_225_600_000_000_000L;
    protected static final long MS = 1_000_000L;

    private final AtomicLong ids = new AtomicLong(0x1000);
    protected TraceStore store;

    protected abstract TraceStore newStore() throws Exception;

    protected Map<String, String> optOuts() {
        return Map.of();
    }

    @BeforeEach void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test public void everyOptOutHasAReason() {
        optOuts().forEach((name, reason) -> assertThat(reason).as("reason for opting out of " + name).isNotBlank());
    }

    protected void caseSupported(String caseName) {
        String reason = optOuts().get(caseName);
        Assumptions.assumeTrue(reason == null, () -> "opted out: " + reason);
    }

    /** A fresh X-Ray style trace id whose epoch is T0. */
    protected TraceId newTraceId() {
        return new TraceId((T0 / 1_000_000_000L) << 32 | ids.incrementAndGet(), ids.incrementAndGet());
    }

    protected SpanId newSpanId() {
        return new SpanId(ids.incrementAndGet());
    }

    /** A completed root segment of {@code service} from start to start+durationMs. */
    protected Span root(TraceId trace, String service, long start, long durationMs) {
        return Span.builder(trace, newSpanId(), service).service(service).segment(true).kind(SpanKind.SERVER)
                .startNanos(start).endNanos(start + durationMs * MS)
                .attribute("http.request.method", AttributeValue.of("POST")).build();
    }

    /** A completed child of {@code parent}. */
    protected Span child(Span parent, String name, long startOffsetMs, long durationMs) {
        long start = parent.startNanos() + startOffsetMs * MS;
        return Span.builder(parent.traceId(), newSpanId(), name).parentId(parent.spanId())
                .service(parent.service()).kind(SpanKind.CLIENT).startNanos(start).endNanos(start + durationMs * MS)
                .build();
    }
}
