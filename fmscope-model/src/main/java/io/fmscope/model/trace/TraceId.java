package io.fmscope.model.trace;

import java.util.Optional;

/**
 * A 128-bit trace id. X-Ray writes it as {@code 1-5759e988-bd862e3fe1be46a994272793} (8 hex digits of
 * epoch seconds, then 24 random hex digits) and W3C/OTel as the same 32 hex digits without separators,
 * so one value renders both ways. The epoch part is not validated: random OTel ids are accepted.
 *
 * @param high the first 64 bits (the X-Ray epoch seconds are its top 32 bits)
 * @param low  the last 64 bits
 */
public record TraceId(long high, long low) implements Comparable<TraceId> {

    public TraceId {
        if (high == 0 && low == 0) {
            throw new IllegalArgumentException("trace id must not be all zeros");
        }
    }

    /** Parses either rendering (hex digits in any case); throws IllegalArgumentException otherwise. */
    public static TraceId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("invalid trace id: " + text));
    }

    /** Parses either rendering, or empty when the text is neither (or is all zeros). */
    public static Optional<TraceId> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String hex;
        if (text.length() == 35 && text.charAt(0) == '1' && text.charAt(1) == '-' && text.charAt(10) == '-') {
            hex = text.substring(2, 10) + text.substring(11);
        } else if (text.length() == 32) {
            hex = text;
        } else {
            return Optional.empty();
        }
        if (!Hex.isHex(hex)) {
            return Optional.empty();
        }
        long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
        long low = Long.parseUnsignedLong(hex.substring(16), 16);
        return high == 0 && low == 0 ? Optional.empty() : Optional.of(new TraceId(high, low));
    }

    /** From the 16 big-endian bytes OTLP carries. */
    public static TraceId fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 16) {
            throw new IllegalArgumentException("trace id must be 16 bytes");
        }
        return new TraceId(Hex.readLong(bytes, 0), Hex.readLong(bytes, 8));
    }

    /** A new X-Ray style id: the given epoch seconds, then 96 random bits. */
    public static TraceId newXRay(long epochSeconds, java.util.random.RandomGenerator random) {
        long high = (epochSeconds & 0xffff_ffffL) << 32 | (random.nextInt() & 0xffff_ffffL);
        long low = random.nextLong();
        return new TraceId(high == 0 && low == 0 ? 1 : high, low);
    }

    public byte[] toBytes() {
        byte[] out = new byte[16];
        Hex.writeLong(out, 0, high);
        Hex.writeLong(out, 8, low);
        return out;
    }

    /** 32 lowercase hex digits (W3C traceparent, OTLP JSON). */
    public String toW3c() {
        return Hex.of(high) + Hex.of(low);
    }

    /** {@code 1-xxxxxxxx-yyyyyyyyyyyyyyyyyyyyyyyy}, lowercase. */
    public String toXRay() {
        String w3c = toW3c();
        return "1-" + w3c.substring(0, 8) + "-" + w3c.substring(8);
    }

    /** The top 32 bits read as epoch seconds (meaningful only for X-Ray generated ids). */
    public long epochSeconds() {
        return high >>> 32;
    }

    @Override public int compareTo(TraceId o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    @Override public String toString() {
        return toXRay();
    }
}
