package io.fmscope.model.trace;

import java.util.Optional;

/** A 64-bit span id (an X-Ray segment/subsegment id), written as 16 lowercase hex digits. */
public record SpanId(long value) {

    public SpanId {
        if (value == 0) {
            throw new IllegalArgumentException("span id must not be zero");
        }
    }

    public static SpanId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("invalid span id: " + text));
    }

    /** 16 hex digits (any case), non-zero; empty otherwise. */
    public static Optional<SpanId> tryParse(String text) {
        if (text == null || text.length() != 16 || !Hex.isHex(text)) {
            return Optional.empty();
        }
        long v = Long.parseUnsignedLong(text, 16);
        return v == 0 ? Optional.empty() : Optional.of(new SpanId(v));
    }

    /** From the 8 big-endian bytes OTLP carries. */
    public static SpanId fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 8) {
            throw new IllegalArgumentException("span id must be 8 bytes");
        }
        return new SpanId(Hex.readLong(bytes, 0));
    }

    public byte[] toBytes() {
        byte[] out = new byte[8];
        Hex.writeLong(out, 0, value);
        return out;
    }

    public String toHex() {
        return Hex.of(value);
    }

    @Override public String toString() {
        return toHex();
    }
}
