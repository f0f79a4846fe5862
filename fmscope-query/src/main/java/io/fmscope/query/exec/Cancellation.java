package io.fmscope.query.exec;

/** Lets another thread stop a running query; the engine notices within a few hundred rows. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
