package io.fmscope.server.xray;

/**
 * A segment document X-Ray would refuse, with a short code (PutTraceSegments' {@code ErrorCode}, the
 * daemon's drop reason) and a message naming the field.
 */
public final class SegmentException extends Exception {
    private final String code;

    public SegmentException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
