package io.fmscope.sdk.export;

import io.fmscope.model.fmcall.FmLogRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Appends one JSON line per record to a file (JSON Lines), creating it if needed. Each line is
 * flushed to the operating system when written, so a crash of the application loses no accepted
 * line (an OS crash still may: there is no fsync per line). After {@link #close()} lines are
 * dropped and counted.
 */
public final class FileSink implements LogSink {
  private final Path path;
  private final Writer writer;
  private boolean closed;
  private long droppedAfterClose;

  private FileSink(Path path, Writer writer) {
    this.path = path;
    this.writer = writer;
  }

  /** Opens {@code path} for appending; parent directories are created. */
  public static FileSink append(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    return new FileSink(path, w);
  }

  /** The file written to. */
  public Path path() {
    return path;
  }

  @Override
  public synchronized void emit(FmLogRecord record, String jsonLine) {
    if (closed) {
      droppedAfterClose++;
      return;
    }
    try {
      writer.write(jsonLine);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + path, e);
    }
  }

  /** Lines offered after {@link #close()}. */
  public synchronized long droppedAfterClose() {
    return droppedAfterClose;
  }

  @Override
  public synchronized boolean flush(Duration timeout) {
    if (closed) {
      return true;
    }
    try {
      writer.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
