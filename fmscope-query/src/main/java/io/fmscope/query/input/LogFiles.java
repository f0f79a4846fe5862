package io.fmscope.query.input;

import io.fmscope.model.log.LogEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Several files read one after another, each with its own detected format, as one event stream with summed
 * counts. Files are opened lazily, so only one is open at a time. Not thread-safe.
 */
public final class LogFiles implements Iterator<LogEvent>, AutoCloseable {
    private final List<Path> files;
    private final ReadOptions options;
    private int nextFile;
    private LogFileReader current;
    private ReadCounts finished = ReadCounts.ZERO;

    private LogFiles(List<Path> files, ReadOptions options) {
        this.files = List.copyOf(files);
        this.options = options;
    }

    public static LogFiles open(List<Path> files, ReadOptions options) {
        return new LogFiles(files, options);
    }

    /** Counts over every file read so far, the current one included. */
    public ReadCounts counts() {
        return current == null ? finished : finished.plus(current.counts());
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) {
                finished = finished.plus(current.counts());
                current.close();
                current = null;
            }
            if (nextFile == files.size()) {
                return false;
            }
            try {
                current = LogFileReader.open(files.get(nextFile++), options);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + files.get(nextFile - 1) + ": " + e.getMessage(), e);
            }
        }
        return true;
    }

    @Override
    public LogEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** A sequential, ordered stream of all events; closing it closes the open file. */
    public Stream<LogEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public void close() {
        if (current != null) {
            finished = finished.plus(current.counts());
            current.close();
            current = null;
        }
    }
}
