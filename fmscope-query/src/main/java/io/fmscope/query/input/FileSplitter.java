package io.fmscope.query.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a large plain file of lines into parts that can be read at the same time: each cut moves forward to just after
 * the next line break, so every line lies in exactly one part and the parts, in order, hold the file's lines in
 * order. Gzip files, AWS CLI response documents and files under two parts' worth of bytes stay whole.
 */
public final class FileSplitter {
    private FileSplitter() {
    }

    /** Up to {@code parts} parts of at least {@code minPartBytes} (but for the last one). */
    public static List<FilePart> split(Path file, int parts, long minPartBytes, ReadOptions options)
            throws IOException {
        long size = Files.size(file);
        InputFormat format = options.format();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), FormatSniffer.SNIFF_BYTES + 2)) {
            byte[] head = new byte[FormatSniffer.SNIFF_BYTES];
            int len = in.readNBytes(head, 0, head.length);
            if (len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return List.of(new FilePart(file, 0, size, null));
            }
            if (format == InputFormat.AUTO) format = FormatSniffer.detect(head, len, len < head.length);
        }
        int n = (int) Math.min(parts, size / Math.max(1, minPartBytes));
        if (format == InputFormat.CLOUDWATCH_RESPONSE || n < 2) return List.of(new FilePart(file, 0, size, null));
        List<FilePart> out = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            for (int k = 1; k <= n && start < size; k++) {
                long end = k == n ? size : lineStartAtOrAfter(ch, size * k / n, size);
                if (end > start) {
                    out.add(new FilePart(file, start, end, format));
                    start = end;
                }
            }
        }
        return out;
    }

    /** The position just after the first '\n' at or after {@code from} (the file size when there is none). */
    private static long lineStartAtOrAfter(FileChannel ch, long from, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) break;
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') return pos + i + 1;
            }
            pos += n;
        }
        return size;
    }
}
