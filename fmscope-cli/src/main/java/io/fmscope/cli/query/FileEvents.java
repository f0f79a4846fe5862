package io.fmscope.cli.query;

import io.fmscope.model.log.LogEvent;
import io.fmscope.query.exec.EventSource;
import io.fmscope.query.input.FilePart;
import io.fmscope.query.input.FileSplitter;
import io.fmscope.query.input.LogFileReader;
import io.fmscope.query.input.ReadCounts;
import io.fmscope.query.input.ReadOptions;
import io.fmscope.query.json.EventCursor;
import io.fmscope.query.json.EventFields;
import io.fmscope.query.value.Value;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of the {@code --file} arguments, read one file at a time through the runtime's readers (format
 * detected per file, gzip by magic bytes, {@code -} for stdin). Counts the bytes read for the progress bar and
 * keeps the read counters of the first pass (later passes serve subqueries: stdin, which can be read only once, is
 * then read from a copy spooled to a file, still named {@code stdin}).
 */
final class FileEvents implements EventSource {
    private final List<Path> files;
    private final ReadOptions options;
    private final long totalBytes;
    private final long minPartBytes;
    private final Path stdinSpool;
    private final long stdinTime = System.currentTimeMillis();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong eventsRead = new AtomicLong();
    private volatile ReadCounts counts = ReadCounts.ZERO;
    private int passes;

    FileEvents(List<Path> files, ReadOptions options) throws IOException {
        this(files, options, null, MIN_PART_BYTES);
    }

    /**
     * @param stdinSpool   a file holding what stdin held, read wherever {@code -} is given; null reads stdin itself
     * @param minPartBytes the smallest part a file is cut into for parallel reading
     */
    FileEvents(List<Path> files, ReadOptions options, Path stdinSpool, long minPartBytes) throws IOException {
        this.files = List.copyOf(files);
        this.options = options;
        this.minPartBytes = minPartBytes;
        this.stdinSpool = stdinSpool;
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
        return open(options);
    }

    /** A diff also reads its comparison range, outside the --start/--end the files are read for. */
    @Override
    public Stream<LogEvent> open(long startMillis, long endMillis) {
        return open(options.withTimeRange(Math.min(startMillis, options.startMillis()),
                Math.max(endMillis, options.endMillis())));
    }

    private Stream<LogEvent> open(ReadOptions range) {
        boolean main = passes++ == 0;
        Pass pass = new Pass(main, range);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pass, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(pass::close);
    }

    /**
     * The files cut into parts the engine may read on several threads (plain files of lines of at least two parts'
     * worth); the whole input as one part when nothing splits (stdin, gzip, small files). Parts form the main pass.
     */
    @Override
    public List<EventSource> parts(int n) {
        List<FilePart> cut = new ArrayList<>();
        try {
            for (Path f : files) {
                if (isStdin(f)) return List.of(this);
                int share = (int) Math.max(1, Math.round((double) n * Files.size(f) / Math.max(1, totalBytes)));
                cut.addAll(FileSplitter.split(f, share, minPartBytes, options));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (cut.size() < 2) return List.of(this);
        boolean main = passes++ == 0;
        UnaryOperator<InputStream> counting = main ? Counting::new : UnaryOperator.identity();
        LongConsumer events = main ? eventsRead::addAndGet : k -> { };
        List<EventSource> out = new ArrayList<>();
        for (FilePart p : cut) out.add(new FilePartSource(p, options, counting, events, c -> addCounts(main, c)));
        return out;
    }

    /** Parts smaller than this are not worth a thread. */
    static final long MIN_PART_BYTES = 8L << 20;

    private synchronized void addCounts(boolean main, ReadCounts c) {
        if (main) counts = counts.plus(c);
    }

    /** A pass for the engine's scan: each file's reader resolves the fields itself (one parse per JSON line). */
    @Override
    public EventCursor scan(EventFields fields) {
        boolean main = passes++ == 0;
        return new ScanPass(new Pass(main, options), fields);
    }

    /** Walks the files of a pass, each through its reader's own cursor. */
    private final class ScanPass implements EventCursor {
        private final Pass pass;
        private final EventFields fields;
        private EventCursor cursor;
        private long events;

        ScanPass(Pass pass, EventFields fields) {
            this.pass = pass;
            this.fields = fields;
        }

        @Override
        public boolean next() {
            while (cursor == null || !cursor.next()) {
                if (cursor != null) {
                    cursor = null;
                    pass.finishFile();
                }
                if (pass.next == files.size()) return false;
                pass.reader = pass.openFile(files.get(pass.next++));
                cursor = pass.reader.scan(fields);
            }
            if (pass.main) eventsRead.lazySet(++events);
            return true;
        }

        @Override
        public long timestamp() {
            return cursor.timestamp();
        }

        @Override
        public String logGroup() {
            return cursor.logGroup();
        }

        @Override
        public long messageChars() {
            return cursor.messageChars();
        }

        @Override
        public Value[] values() {
            return cursor.values();
        }

        @Override
        public LogEvent event() {
            return cursor.event();
        }

        @Override
        public void close() {
            pass.close();
        }
    }

    /** One pass over every file, one open reader at a time. */
    private final class Pass implements Iterator<LogEvent> {
        private final boolean main;
        private int next;
        private LogFileReader reader;
        private ReadCounts done = ReadCounts.ZERO;
        private final ReadOptions options;

        Pass(boolean main, ReadOptions options) {
            this.main = main;
            this.options = options;
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
                if (isStdin(f)) {
                    InputStream stdin = stdinSpool != null ? Files.newInputStream(stdinSpool) : System.in;
                    return LogFileReader.open(stdin, "stdin", stdinTime, options);
                }
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
