package io.fmscope.cli.simulate;

import io.fmscope.simulator.LiveStats;
import java.io.PrintWriter;

/**
 * The live one-line summary: on a terminal the same line is rewritten (at most four times a second);
 * otherwise (a pipe, a log file, CI) a full line is printed at most every ten seconds.
 */
final class LiveLine {
  private final PrintWriter err;
  private final boolean terminal;
  private long lastNanos = Long.MIN_VALUE;
  private int width;
  private boolean shown;

  LiveLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  void show(LiveStats s) {
    long now = System.nanoTime();
    long gap = terminal ? 250_000_000L : 10_000_000_000L;
    if (lastNanos != Long.MIN_VALUE && now - lastNanos < gap) {
      return;
    }
    lastNanos = now;
    String line = s.line();
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
    } else {
      err.println(line);
    }
    shown = true;
    err.flush();
  }

  void finish() {
    if (terminal && shown) {
      err.println();
      err.flush();
    }
  }
}
