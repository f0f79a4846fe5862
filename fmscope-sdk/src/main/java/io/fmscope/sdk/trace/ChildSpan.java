package io.fmscope.sdk.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One downstream call of an FM request (cache, session store, vector search, model invoke, response delivery).
 * Close it (try-with-resources) or let {@link #call} close it. Report failures with {@link #fail} or
 * {@link #status}; the span then carries X-Ray's error/throttle/fault semantics. No method throws.
 */
public class ChildSpan implements AutoCloseable {
    private final FmRequest request;
    private final Component component;
    private final String name;
    final Span span;
    private final Scope scope;
    private final long startNanos;
    private volatile Outcome outcome = Outcome.ok();
    private final AtomicBoolean ended = new AtomicBoolean();

    ChildSpan(FmRequest request, Component component, String name, Span span, long startNanos) {
        this.request = request;
        this.component = component;
        this.name = name;
        this.span = span;
        this.startNanos = startNanos;
        this.scope = Guard.get(span::makeCurrent, Scope.noop());
    }

    /** Records an HTTP status (or an AWS SDK status): 429 marks throttle, other 4xx error, 5xx fault. */
    public ChildSpan status(int httpStatus) {
        Outcome o = Outcome.ofStatus(httpStatus);
        outcome = o;
        Guard.run(() -> Outcomes.apply(span, o, null));
        return this;
    }

    /** Records a failure: exception event, status ERROR, and the flags the request's classifier derives. */
    public ChildSpan fail(Throwable failure) {
        Outcome o = Guard.get(() -> request.tracer().classifier().classify(failure), Outcome.unknownFault());
        outcome = o;
        Guard.run(() -> Outcomes.apply(span, o, failure));
        return this;
    }

    public ChildSpan cacheHit(boolean hit) {
        return set(FmAttributes.CACHE_HIT, hit);
    }

    public ChildSpan attribute(String key, String value) {
        return set(AttributeKey.stringKey(key), value);
    }

    public ChildSpan attribute(String key, long value) {
        return set(AttributeKey.longKey(key), value);
    }

    /** Runs {@code work}, records its exception if it throws (and rethrows that same exception), then closes. */
    public <T, E extends Exception> T call(TracedCall<T, E> work) throws E {
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        } catch (Exception e) {
            fail(e);
            throw e;
        } finally {
            close();
        }
    }

    public String spanId() {
        return Guard.get(() -> span.getSpanContext().getSpanId(), "");
    }

    public Component component() {
        return component;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Ends the span (once) and adds its timing to the request's summary. */
    @Override public void close() {
        if (!ended.compareAndSet(false, true)) return;
        long end = Guard.get(() -> request.tracer().clock().epochNanos(), startNanos);
        Guard.run(() -> span.end(end, TimeUnit.NANOSECONDS));
        Guard.run(scope::close);
        Outcome o = outcome;
        request.record(new ChildTiming(name, component, startNanos, end, o.error(), o.throttle(), o.fault()));
    }

    final <T> ChildSpan set(AttributeKey<T> key, T value) {
        if (value != null) Guard.run(() -> span.setAttribute(key, value));
        return this;
    }
}
