package io.fmscope.cli.ingest;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr: files done, events sent and rejected, rate. Redrawn at most 5 times a second. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final int files;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int filesDone;
    private long sent;
    private long rejected;

    Progress(PrintStream err, int files) {
        this.err = err;
        this.files = files;
    }

    void fileDone() {
        filesDone++;
        draw(false);
    }

    void sent(int accepted, int rejectedNow) {
        sent += accepted;
        rejected += rejectedNow;
        draw(false);
    }

    long sent() {
        return sent;
    }

    long rejected() {
        return rejected;
    }

    void finish() {
        draw(true);
        err.println();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = files == 0 ? WIDTH : (int) ((long) WIDTH * filesDone / files);
        double secs = Math.max(1e-3, (now - started) / 1e9);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %,d events sent, %,d rejected, %,.0f events/s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), filesDone, files, sent, rejected, sent / secs);
        err.flush();
    }
}
