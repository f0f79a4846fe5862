package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmLogRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the most recent records and their JSON lines in memory, for tests and benchmarks. Bounded:
 * once {@code capacity} entries are held the oldest is evicted (and counted), so a long benchmark
 * cannot exhaust the heap.
 */
public final class InMemorySink implements LogSink {
  /** One accepted record with its JSON line. */
  public record Entry(FmLogRecord record, String jsonLine) {}

  private final int capacity;
  private final ArrayDeque<Entry> entries;
  private long accepted;
  private long evicted;

  /** A sink holding up to {@code capacity} entries (at least 1). */
  public InMemorySink(int capacity) {
    this.capacity = Math.max(1, capacity);
    this.entries = new ArrayDeque<>(Math.min(this.capacity, 1024));
  }

  /** A sink holding up to 100 000 entries. */
  public InMemorySink() {
    this(100_000);
  }

  @Override
  public synchronized void emit(FmLogRecord record, String jsonLine) {
    if (entries.size() == capacity) {
      entries.pollFirst();
      evicted++;
    }
    entries.addLast(new Entry(record, jsonLine));
    accepted++;
  }

  /** A copy of the held entries, oldest first. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The held records, oldest first. */
  public synchronized List<FmLogRecord> records() {
    List<FmLogRecord> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(e.record()));
    return out;
  }

  /** The held FM-call records, oldest first. */
  public synchronized List<FmCallRecord> fmCalls() {
    List<FmCallRecord> out = new ArrayList<>();
    entries.forEach(e -> {
      if (e.record() instanceof FmCallRecord r) {
        out.add(r);
      }
    });
    return out;
  }

  /** The held JSON lines, oldest first. */
  public synchronized List<String> lines() {
    List<String> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(e.jsonLine()));
    return out;
  }

  /** Records accepted since creation (including evicted ones). */
  public synchronized long accepted() {
    return accepted;
  }

  /** Records evicted because the sink was full. */
  public synchronized long evicted() {
    return evicted;
  }

  /** Forgets everything held. */
  public synchronized void clear() {
    entries.clear();
  }
}
