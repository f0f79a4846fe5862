package io.fmscope.server.otlp;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Request bodies with the OTLP size cap applied after decompression (gzip, or none). */
final class Bodies {
    private Bodies() {
    }

    static final class TooLarge extends Exception {
        TooLarge(long limit) {
            super("request body exceeds " + limit + " bytes");
        }
    }

    static final class BadEncoding extends Exception {
        BadEncoding(String message) {
            super(message);
        }
    }

    static byte[] read(Context ctx, long limit) throws TooLarge, BadEncoding {
        byte[] raw = ctx.bodyAsBytes();
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            if (raw.length > limit) {
                throw new TooLarge(limit);
            }
            return raw;
        }
        if (!encoding.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
            throw new BadEncoding("unsupported Content-Encoding '" + encoding + "' (gzip or none)");
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, raw.length * 4));
            byte[] buf = new byte[16384];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BadEncoding("bad gzip body: " + e.getMessage());
        }
    }
}
