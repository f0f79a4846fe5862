package io.fmscope.query.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The next {@code limit} bytes of a stream, then end of input (a part of a split file). */
final class BoundedInputStream extends FilterInputStream {
    private long left;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) return -1;
        int b = super.read();
        if (b >= 0) left--;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) return -1;
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) left -= n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(Math.min(n, left));
        left -= s;
        return s;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), left);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
