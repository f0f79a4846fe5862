package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmLogRecord;
import java.io.PrintStream;
import java.time.Duration;

/**
 * One JSON line per record on a print stream (standard output by default), which a log agent
 * (CloudWatch agent, Fluent Bit, the fmscope file ingester) picks up. Lines are written whole
 * under the stream's lock, so concurrent callers never interleave.
 */
public final class StreamSink implements LogSink {
  private final PrintStream out;

  public StreamSink(PrintStream out) {
    this.out = out;
  }

  @Override
  public void emit(FmLogRecord record, String jsonLine) {
    out.println(jsonLine);
  }

  @Override
  public boolean flush(Duration timeout) {
    out.flush();
    return !out.checkError();
  }
}
