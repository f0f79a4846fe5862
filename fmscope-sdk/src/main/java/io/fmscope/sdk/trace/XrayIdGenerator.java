package io.fmscope.sdk.trace;

import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Trace ids whose first 4 bytes are the epoch second, as X-Ray requires ({@code 1-{8 hex epoch}-{24 hex}});
 * purely random W3C ids are refused by the X-Ray exporter. Needs the OTel SDK (optional dependency).
 */
public final class XrayIdGenerator implements IdGenerator {
    private final LongSupplier epochSeconds;

    public XrayIdGenerator() {
        this(() -> System.currentTimeMillis() / 1000);
    }

    public XrayIdGenerator(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    @Override public String generateSpanId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long id;
        do {
            id = r.nextLong();
        } while (id == 0);
        return SpanId.fromLong(id);
    }

    @Override public String generateTraceId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long high = (epochSeconds.getAsLong() & 0xFFFF_FFFFL) << 32 | (r.nextLong() & 0xFFFF_FFFFL);
        long low;
        do {
            low = r.nextLong();
        } while (low == 0);
        return TraceId.fromLongs(high, low);
    }
}
