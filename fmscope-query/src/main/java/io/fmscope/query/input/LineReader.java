package io.fmscope.query.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n}) without ever holding more than {@code maxBytes} of
 * one line: the rest of a longer line is read and dropped, and the line is flagged. Not thread-safe.
 */
final class LineReader {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private boolean oversized;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; false at end of input. */
    boolean next() throws IOException {
        length = 0;
        oversized = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (length > 0 && line[length - 1] == '\r') {
                        length--;
                    }
                    return any;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++; // the '\n'
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        int room = maxBytes - length;
        if (n > room) {
            oversized = true;
            n = Math.max(0, room);
        }
        if (n == 0) {
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buf, from, line, length, n);
        length += n;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the line was longer than the limit (only its first maxBytes bytes are held). */
    boolean oversized() {
        return oversized;
    }
}
