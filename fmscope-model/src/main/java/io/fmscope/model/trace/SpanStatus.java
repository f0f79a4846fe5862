package io.fmscope.model.trace;

import java.util.Objects;

/** OTel span status: code plus an optional message ("" when none). */
public record SpanStatus(Code code, String message) {

    /** OTel status codes; the ordinal equals the OTLP enum number. */
    public enum Code { UNSET, OK, ERROR }

    public static final SpanStatus UNSET = new SpanStatus(Code.UNSET, "");
    public static final SpanStatus OK = new SpanStatus(Code.OK, "");

    public SpanStatus {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
    }

    public static SpanStatus error(String message) {
        return new SpanStatus(Code.ERROR, message);
    }

    public static Code codeOfOtlp(int number) {
        return number == 1 ? Code.OK : number == 2 ? Code.ERROR : Code.UNSET;
    }
}
