package io.fmscope.simulator;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import io.fmscope.sdk.export.LogSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps every record (not its JSON line, to save memory) and, optionally, the JSON lines too. */
final class RecordingSink implements LogSink {
  final List<FmCallRecord> calls = new ArrayList<>();
  final List<RagRetrievalRecord> rag = new ArrayList<>();
  final List<SessionEventRecord> sessions = new ArrayList<>();
  final List<String> lines = new ArrayList<>();
  private final boolean keepLines;
  boolean closed;

  RecordingSink(boolean keepLines) {
    this.keepLines = keepLines;
  }

  RecordingSink() {
    this(false);
  }

  @Override
  public synchronized void emit(FmLogRecord record, String jsonLine) {
    switch (record) {
      case FmCallRecord c -> calls.add(c);
      case RagRetrievalRecord r -> rag.add(r);
      case SessionEventRecord s -> sessions.add(s);
    }
    if (keepLines) {
      lines.add(jsonLine);
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
