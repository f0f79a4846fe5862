package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmLogRecord;
import java.time.Duration;
import java.util.List;

/** Fans out to several sinks; rethrows the first failure only after every sink was tried. */
final class CompositeSink implements LogSink {
  private final List<LogSink> sinks;

  CompositeSink(List<LogSink> sinks) {
    this.sinks = sinks;
  }

  @Override
  public void emit(FmLogRecord record, String jsonLine) {
    RuntimeException first = null;
    for (LogSink s : sinks) {
      try {
        s.emit(record, jsonLine);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public boolean flush(Duration timeout) {
    boolean all = true;
    for (LogSink s : sinks) {
      all &= s.flush(timeout);
    }
    return all;
  }

  @Override
  public void close() {
    for (LogSink s : sinks) {
      s.close();
    }
  }
}
