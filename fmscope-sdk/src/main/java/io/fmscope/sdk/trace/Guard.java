package io.fmscope.sdk.trace;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Runs tracer internals so that nothing they throw reaches the application; the first failure is logged. */
final class Guard {
    private static final System.Logger LOG = System.getLogger("io.fmscope.sdk.trace");
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private Guard() {
    }

    static void run(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            swallowed(e);
        }
    }

    static <T> T get(Supplier<T> s, T fallback) {
        try {
            T v = s.get();
            return v == null ? fallback : v;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            swallowed(e);
            return fallback;
        }
    }

    private static void swallowed(Throwable e) {
        if (LOGGED.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "fmscope tracer failed internally; tracing continues degraded", e);
        }
    }
}
