package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmLogRecord;
import java.time.Duration;
import java.util.List;

/**
 * Receives each log record with its JSON line. Implementations must be thread-safe. A sink may
 * throw; the logger counts the failure and carries on with its other sinks.
 */
public interface LogSink extends AutoCloseable {

  /** Accepts one record; {@code jsonLine} is its JSON form without a trailing newline. */
  void emit(FmLogRecord record, String jsonLine);

  /** Pushes out anything buffered; true when everything accepted so far has been handled. */
  default boolean flush(Duration timeout) {
    return true;
  }

  /** Flushes and releases resources; later records are dropped. */
  @Override
  default void close() {}

  /** Lines to standard output, as the seed's logger does (one JSON object per line). */
  static LogSink stdout() {
    return new StreamSink(System.out);
  }

  /** Discards everything. */
  static LogSink noop() {
    return (record, line) -> {};
  }

  /** Sends each record to every sink in order; one sink's failure does not stop the others. */
  static LogSink composite(List<? extends LogSink> sinks) {
    return new CompositeSink(List.copyOf(sinks));
  }
}
