package io.fmscope.cli.query;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.input.LogFileReader;
import io.fmscope.query.input.ReadCounts;
import io.fmscope.query.input.ReadOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of the {@code --file} arguments, read one file at a time through the runtime's readers (format
 * detected per file, gzip by magic bytes, {@code -} for stdin). Counts the bytes read for the progress bar and
 * keeps the read counters of the first pass (later passes serve subqueries).
 */
final class FileEvents implements EventSource {
    private final List<Path> files;
    private final ReadOptions options;
    private final long totalBytes;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong eventsRead = new AtomicLong();
    private volatile ReadCounts counts = ReadCounts.ZERO;
    private int passes;

    FileEvents(List<Path> files, ReadOptions options) throws IOException {
        this.files = List.copyOf(files);
        this.options = options;
        long total = 0;
        for (Path f : files) {
            if (isStdin(f)) continue;
            if (!Files.isReadable(f)) throw new IOException("cannot read " + f);
            total += Files.size(f);
        }
        this.totalBytes = total;
    }

    private static boolean isStdin(Path f) {
        return f.toString().equals("-");
    }

    long totalBytes() {
        return totalBytes;
    }

    long bytesRead() {
        return bytesRead.get();
    }

    long eventsRead() {
        return eventsRead.get();
    }

    /** Read counters of the main pass (complete after it). */
    ReadCounts counts() {
        return counts;
    }

    @Override
    public Stream<LogEvent> open() {
        boolean main = passes++ == 0;
        Pass pass = new Pass(main);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pass, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(pass::close);
    }

    /** One pass over every file, one open reader at a time. */
    private final class Pass implements Iterator<LogEvent> {
        private final boolean main;
        private int next;
        private LogFileReader reader;
        private ReadCounts done = ReadCounts.ZERO;

        Pass(boolean main) {
            this.main = main;
        }

        @Override
        public boolean hasNext() {
            while (reader == null || !reader.hasNext()) {
                if (reader != null) finishFile();
                if (next == files.size()) return false;
                reader = openFile(files.get(next++));
            }
            return true;
        }

        @Override
        public LogEvent next() {
            if (!hasNext()) throw new NoSuchElementException();
            if (main) eventsRead.incrementAndGet();
            return reader.next();
        }

        private LogFileReader openFile(Path f) {
            try {
                if (isStdin(f)) return LogFileReader.open(System.in, "stdin", System.currentTimeMillis(), options);
                InputStream in = Files.newInputStream(f);
                if (main) in = new Counting(in);
                String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
                long fallback = options.fallbackMillis() != null ? options.fallbackMillis()
                        : Files.getLastModifiedTime(f).toMillis();
                return LogFileReader.open(in, name, fallback, options);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }

        private void finishFile() {
            done = done.plus(reader.counts());
            reader.close();
            reader = null;
            if (main) counts = done;
        }

        void close() {
            if (reader != null) finishFile();
        }
    }

    /** Counts compressed bytes as they are read, for the progress fraction. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) bytesRead.incrementAndGet();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) bytesRead.addAndGet(n);
            return n;
        }
    }
}
