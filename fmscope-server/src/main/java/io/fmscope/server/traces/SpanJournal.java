package io.fmscope.server.traces;

import io.fmscope.model.trace.Span;
import io.fmscope.storage.duckdb.trace.SpanCodec;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Append-only journal of accepted span batches, so spans acknowledged while the tail sampler still buffers
 * them survive a crash. Each {@link #append} writes one record (length, CRC-32, JSON lines of
 * {@link SpanCodec}) and forces it to disk before returning: one fsync per group commit. Files
 * ({@code segment-<n>.log}) are closed by {@link #rotate} with the time they were closed; {@link #trimBefore}
 * deletes closed segments whose every span belongs to a decided trace. A torn last record (a crash during
 * the write, so never acknowledged) ends {@link #replay}. Not thread-safe: the ingest writer thread appends
 * and rotates; trimming only deletes closed files and locks.
 */
final class SpanJournal implements AutoCloseable {
    private record Closed(Path file, long closedMillis) {
    }

    private final Path dir;
    private final ArrayDeque<Closed> closed = new ArrayDeque<>();
    private FileChannel current;
    private Path currentFile;
    private long currentBytes;
    private long next;

    SpanJournal(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            next = segments().stream().mapToLong(SpanJournal::number).max().orElse(0) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open span journal " + dir, e);
        }
    }

    /** Reads every record of every segment, oldest first; the segments stay until trimmed. */
    synchronized int replay(Consumer<List<Span>> batches, long nowMillis) {
        int n = 0;
        for (Path f : segments()) {
            try (InputStream raw = Files.newInputStream(f); DataInputStream in = new DataInputStream(raw)) {
                while (true) {
                    List<Span> batch = read(in);
                    if (batch == null) {
                        break;
                    }
                    batches.accept(batch);
                    n += batch.size();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read span journal " + f, e);
            }
            closed.addLast(new Closed(f, nowMillis)); // its traces are offered again now
        }
        return n;
    }

    /** Appends one batch and forces it to disk. */
    synchronized void append(List<Span> spans) {
        byte[] bytes = SpanCodec.encodeLines(spans);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteBuffer record = ByteBuffer.allocate(8 + bytes.length).putInt(bytes.length).putInt((int) crc.getValue())
                .put(bytes).flip();
        try {
            if (current == null) {
                currentFile = dir.resolve("segment-" + next++ + ".log");
                current = FileChannel.open(currentFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                    d.force(true); // the new file's directory entry is durable too
                }
            }
            while (record.hasRemaining()) {
                current.write(record);
            }
            current.force(false);
            currentBytes += bytes.length + 8;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write span journal " + currentFile, e);
        }
    }

    /** Closes the current segment, stamped with {@code nowMillis}: every span in it was offered before then. */
    synchronized void rotate(long nowMillis) {
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed.addLast(new Closed(currentFile, nowMillis));
        current = null;
        currentBytes = 0;
    }

    synchronized long currentBytes() {
        return currentBytes;
    }

    /** Deletes closed segments closed before {@code watermarkMillis}; returns how many. */
    synchronized int trimBefore(long watermarkMillis) {
        int n = 0;
        while (!closed.isEmpty() && closed.peekFirst().closedMillis() < watermarkMillis) {
            try {
                Files.deleteIfExists(closed.pollFirst().file());
                n++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** Segment files present now (closed and open). */
    synchronized int segmentCount() {
        return segments().size();
    }

    @Override public synchronized void close() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway; everything appended was forced
            }
            current = null;
        }
    }

    private static List<Span> read(DataInputStream in) throws IOException {
        int length;
        int crc;
        byte[] bytes;
        try {
            length = in.readInt();
            crc = in.readInt();
            if (length < 0 || length > 1 << 30) {
                return null;
            }
            bytes = in.readNBytes(length);
        } catch (EOFException e) {
            return null;
        }
        CRC32 check = new CRC32();
        check.update(bytes);
        if (bytes.length != length || (int) check.getValue() != crc) {
            return null; // torn by a crash mid-write: that batch was never acknowledged
        }
        List<Span> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                out.add(SpanCodec.decode(line));
            }
        }
        return out;
    }

    private List<Path> segments() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("segment-\\d+\\.log"))
                    .sorted(java.util.Comparator.comparingLong(SpanJournal::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring("segment-".length(), n.length() - ".log".length()));
    }
}
