package io.fmscope.sdk.trace;

/**
 * The result of one traced call in X-Ray's terms: {@code error} for 4xx, {@code throttle} for 429 (which is
 * also an error), {@code fault} for 5xx or a failure without a status. {@code httpStatus} is 0 when unknown.
 * The span carries it as {@code http.response.status_code} plus status ERROR, which the OTel → X-Ray mapping
 * turns back into exactly these flags.
 */
public record Outcome(int httpStatus, boolean error, boolean throttle, boolean fault) {
    private static final Outcome OK = new Outcome(0, false, false, false);
    private static final Outcome FAULT = new Outcome(0, false, false, true);

    public static Outcome ok() {
        return OK;
    }

    /** A failure whose status is unknown: X-Ray counts it as a fault. */
    public static Outcome unknownFault() {
        return FAULT;
    }

    /** The flags X-Ray derives from an HTTP status: 429 → error+throttle, 4xx → error, 5xx → fault. */
    public static Outcome ofStatus(int status) {
        if (status == 429) return new Outcome(status, true, true, false);
        if (status >= 400 && status < 500) return new Outcome(status, true, false, false);
        if (status >= 500 && status < 600) return new Outcome(status, false, false, true);
        return new Outcome(status, false, false, false);
    }

    public boolean failed() {
        return error || fault;
    }
}
