package io.fmscope.sdk.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import org.junit.jupiter.api.Test;

/** The tracer must never throw into the application, whatever breaks underneath it. */
class NeverThrowsTest {

    @Test void aTracerProviderThatThrowsDegradesToNoTracing() {
        OpenTelemetry broken = new OpenTelemetry() {
            @Override public TracerProvider getTracerProvider() {
                throw new IllegalStateException("provider down");
            }

            @Override public ContextPropagators getPropagators() {
                return ContextPropagators.noop();
            }
        };
        assertThatCode(() -> exercise(FmTracer.create(broken, "svc"))).doesNotThrowAnyException();
    }

    @Test void aTracerWhoseSpanBuilderThrowsStillMeasuresTimings() {
        Tracer throwing = name -> { throw new UnsupportedOperationException("no spans today"); };
        OpenTelemetry otel = new OpenTelemetry() {
            @Override public TracerProvider getTracerProvider() {
                return new TracerProvider() {
                    @Override public Tracer get(String n) {
                        return throwing;
                    }

                    @Override public Tracer get(String n, String v) {
                        return throwing;
                    }
                };
            }

            @Override public ContextPropagators getPropagators() {
                return ContextPropagators.noop();
            }
        };
        ManualClock clock = new ManualClock(0);
        FmTracer tracer = FmTracer.create(otel, "svc").withClock(clock);
        try (FmRequest req = tracer.request("r", "s", "m")) {
            try (ChildSpan c = req.cache("GET")) { clock.advanceMillis(7); }
            assertThat(req.timingSummary().childTotalMs()).isEqualTo(7.0);
            assertThat(req.traceId()).isEqualTo("00000000000000000000000000000000");
        }
        assertThat(FmTracer.currentTraceId()).isEmpty();
    }

    @Test void aClockOrClassifierThatThrowsIsContained() {
        FmTracer tracer = FmTracer.noop()
                .withClock(() -> { throw new ArithmeticException("clock broke"); })
                .withClassifier(t -> { throw new IllegalStateException("classifier broke"); });
        assertThatCode(() -> exercise(tracer)).doesNotThrowAnyException();
        try (FmRequest req = tracer.request("r", "s", "m")) {
            req.cache("GET").fail(new RuntimeException("x")).close();
            assertThat(req.timingSummary().children()).singleElement()
                    .satisfies(c -> assertThat(c.fault()).as("unclassifiable failures count as faults").isTrue());
        }
    }

    @Test void nullArgumentsAndDoubleClosesAreHarmless() {
        assertThatCode(() -> {
            try (FmRequest req = FmTracer.noop().request(null, null, null)) {
                ModelInvokeSpan m = req.modelInvoke(null, 0);
                m.finishReasons((String[]) null).finishReasons("a", null).responseModel(null).fail(null);
                m.close();
                m.close();
                req.sessionStore(null, null).close();
                req.vectorSearch(null, -1).close();
                req.fail(null);
                req.close();
            }
        }).doesNotThrowAnyException();
    }

    private static void exercise(FmTracer tracer) throws Exception {
        try (FmRequest req = tracer.request("r", "s", "m")) {
            req.cache("GET").call(() -> "v");
            req.sessionStore("t", "GetItem").status(500).close();
            req.vectorSearch("i", 5).close();
            req.modelInvoke("m", 5).usage(1, 2).costUsd(0.1).fail(new RuntimeException("x")).close();
            req.responseDelivery().close();
            req.status(429);
            req.timingSummary().toJson();
        }
    }
}
