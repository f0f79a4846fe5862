package io.fmscope.cli.query;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for long inputs: silent for the first two seconds, then redrawn five times a second
 * with the share of bytes read, events read and the rate; erased when the query ends.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_MILLIS = 2_000;
    private static final int WIDTH = 30;

    private final Thread thread;
    private final PrintWriter err;
    private volatile boolean done;
    private volatile boolean drawn;

    private Progress(FileEvents events, PrintWriter err) {
        this.err = err;
        this.thread = new Thread(() -> loop(events), "fmscope-query-progress");
        this.thread.setDaemon(true);
    }

    /** Starts a progress bar, or returns an inert one when {@code enabled} is false. */
    static Progress start(FileEvents events, PrintWriter err, boolean enabled) {
        Progress p = new Progress(events, err);
        if (enabled) p.thread.start();
        return p;
    }

    private void loop(FileEvents events) {
        long started = System.nanoTime();
        try {
            Thread.sleep(QUIET_MILLIS);
            while (!done) {
                draw(events, (System.nanoTime() - started) / 1e9);
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw(FileEvents events, double seconds) {
        if (done) return;
        double share = events.totalBytes() == 0 ? 0 : Math.min(1.0, (double) events.bytesRead() / events.totalBytes());
        int filled = (int) Math.round(share * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        long n = events.eventsRead();
        err.printf("\r[%s] %3d%%  %,d events  %,.0f/s ", bar, Math.round(share * 100), n, n / Math.max(seconds, 1e-3));
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        done = true;
        thread.interrupt();
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
            err.flush();
        }
    }
}
