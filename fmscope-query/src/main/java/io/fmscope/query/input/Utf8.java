package io.fmscope.query.input;

/** Strict UTF-8 checks on raw line bytes: what counts as binary garbage. */
final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code b[0..len)} is well-formed UTF-8 without NUL bytes (text a log line can be). */
    static boolean isText(byte[] b, int len) {
        return utf16Length(b, 0, len) >= 0;
    }

    /**
     * The length in chars (UTF-16 units) of {@code b[off, off + len)} decoded, or -1 when it is not well-formed
     * UTF-8 or holds a NUL byte. Plain ASCII is checked eight bytes at a time.
     */
    static int utf16Length(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        int chars = 0;
        while (i < end) {
            if (i + 8 <= end && Swar.plainAscii(b, i)) {
                i += 8;
                chars += 8;
                continue;
            }
            int c = b[i] & 0xff;
            if (c < 0x80) {
                if (c == 0) {
                    return -1;
                }
                i++;
                chars++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                extra = 3;
                min = 0x10000;
            } else {
                return -1;
            }
            if (i + extra >= end) {
                return -1;
            }
            int cp = c & (0x3f >> extra);
            for (int k = 1; k <= extra; k++) {
                int d = b[i + k] & 0xff;
                if ((d & 0xc0) != 0x80) {
                    return -1;
                }
                cp = cp << 6 | (d & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                return -1;
            }
            i += extra + 1;
            chars += extra == 3 ? 2 : 1;
        }
        return chars;
    }

    /** The largest length {@code <= len} that does not cut a multi-byte character. */
    static int boundary(byte[] b, int len) {
        return boundary(b, 0, len);
    }

    /** As {@link #boundary(byte[], int)} for the bytes from {@code off}. */
    static int boundary(byte[] b, int off, int len) {
        int i = len;
        while (i > 0 && i > len - 4 && (b[off + i - 1] & 0xc0) == 0x80) {
            i--;
        }
        if (i > 0 && (b[off + i - 1] & 0xff) >= 0xc0) {
            int lead = b[off + i - 1] & 0xff;
            int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
            if (len - (i - 1) < need) {
                return i - 1;
            }
        }
        return len;
    }
}
