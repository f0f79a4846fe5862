package io.fmscope.query.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n}). A line that fits the read buffer is handed out in
 * place ({@link #bytes()} from {@link #offset()}), without a copy; the buffer grows for longer lines up to
 * {@code maxBytes}. Of a line over {@code maxBytes} only the head is kept, the rest is read and dropped, and the
 * line is flagged. The bytes stay valid until the next call. Not thread-safe.
 */
final class LineReader {
    private static final int BUFFER = 1 << 18;

    private final InputStream in;
    private final int maxBytes;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] data;
    private int offset;
    private int length;
    private boolean oversized;
    private boolean plain;
    private byte[] head;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Reads the next line; false at end of input. */
    boolean next() throws IOException {
        oversized = false;
        plain = true;
        int searched = 0; // bytes after pos already searched for '\n'
        while (true) {
            int to = Math.min(limit, pos + maxBytes + 1);
            int nl = pos + searched < to ? findNewline(pos + searched, to) : -1;
            if (nl >= 0) {
                return emit(nl, nl + 1);
            }
            if (limit - pos > maxBytes) {
                return oversizedLine();
            }
            if (eof) {
                return pos < limit && emit(limit, limit);
            }
            searched = limit - pos;
            fill();
        }
    }

    /**
     * Index of the first '\n' in {@code buf[from, to)}, or -1, eight bytes at a time; on the way it clears
     * {@link #plain} when a byte before the '\n' is not ASCII or is NUL, so plain lines need no UTF-8 check.
     */
    private int findNewline(int from, int to) {
        long bad = 0; // bit 7 of a byte: it is NUL or not ASCII (a NUL's borrow can only flag bytes after it)
        int i = from;
        for (; i + 16 <= to; i += 16) { // two words per step: one branch for both
            long w0 = Swar.word(buf, i);
            long w1 = Swar.word(buf, i + 8);
            long nl0 = Swar.zeroBytes(w0 ^ NEWLINES);
            long nl1 = Swar.zeroBytes(w1 ^ NEWLINES);
            if ((nl0 | nl1) != 0) {
                if (nl0 != 0) return newlineAt(i, w0, nl0, bad);
                return newlineAt(i + 8, w1, nl1, bad | w0 | (w0 - Swar.ONES));
            }
            bad |= w0 | (w0 - Swar.ONES) | w1 | (w1 - Swar.ONES);
        }
        for (; i + 8 <= to; i += 8) {
            long w = Swar.word(buf, i);
            long nl = Swar.zeroBytes(w ^ NEWLINES);
            if (nl != 0) return newlineAt(i, w, nl, bad);
            bad |= w | (w - Swar.ONES);
        }
        plain &= (bad & Swar.HIGHS) == 0;
        for (; i < to; i++) {
            byte c = buf[i];
            if (c == '\n') {
                return i;
            }
            plain &= c > 0;
        }
        return -1;
    }

    /** The '\n' is the lowest flagged byte of {@code nl} in the word {@code w} at {@code i}. */
    private int newlineAt(int i, long w, long nl, long bad) {
        int k = Long.numberOfTrailingZeros(nl) >>> 3;
        long before = (1L << (k << 3)) - 1; // only the bytes before the '\n'
        bad |= (w | (w - Swar.ONES)) & before;
        plain &= (bad & Swar.HIGHS) == 0;
        return i + k;
    }

    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;

    /** Reads more input after the pending bytes, moving them to the front first (or growing the buffer). */
    private void fill() throws IOException {
        int pending = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
            pos = 0;
            limit = pending;
        }
        if (limit == buf.length) {
            long cap = Math.min((long) maxBytes + BUFFER, Integer.MAX_VALUE - 16);
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private boolean emit(int end, int next) {
        data = buf;
        offset = pos;
        length = end - pos;
        pos = next;
        if (length > 0 && data[offset + length - 1] == '\r') {
            length--;
        }
        return true;
    }

    /** Keeps the first maxBytes bytes of a longer line, then drops input up to and including its '\n'. */
    private boolean oversizedLine() throws IOException {
        if (head == null) {
            head = new byte[maxBytes];
        }
        System.arraycopy(buf, pos, head, 0, maxBytes);
        pos += maxBytes;
        while (true) {
            int nl = Swar.indexOf(buf, pos, limit, (byte) '\n');
            if (nl >= 0) {
                pos = nl + 1;
                break;
            }
            pos = limit;
            if (eof) {
                break;
            }
            fill();
        }
        data = head;
        offset = 0;
        length = maxBytes;
        oversized = true;
        plain = false;
        if (data[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    byte[] bytes() {
        return data;
    }

    /** Where the line starts in {@link #bytes()}. */
    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    /** Whether every byte of the line is ASCII and none is NUL (then it is valid text of {@link #length()} chars). */
    boolean plainAscii() {
        return plain;
    }

    /** Whether the line was longer than the limit (only its first maxBytes bytes are held). */
    boolean oversized() {
        return oversized;
    }
}
