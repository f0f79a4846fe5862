package io.fmscope.model.trace;

/**
 * X-Ray's error flags. {@code error} = a 4xx, {@code throttle} = a 429 (always with error), {@code fault}
 * = a 5xx or any other failure. More than one may be set when errors compound (a downstream 429 that
 * surfaces as a 500 sets all three).
 */
public record Outcome(boolean error, boolean throttle, boolean fault) {

    public static final Outcome OK = new Outcome(false, false, false);

    /** The flags an HTTP status gives (per the OTel-to-X-Ray mapping); {@code failed} covers no status. */
    public static Outcome of(Integer httpStatus, boolean failed) {
        if (httpStatus != null && httpStatus >= 400 && httpStatus <= 499) {
            return new Outcome(true, httpStatus == 429, false);
        }
        if (httpStatus != null && httpStatus >= 500 && httpStatus <= 599) {
            return new Outcome(false, false, true);
        }
        return failed ? new Outcome(false, false, true) : OK;
    }

    public boolean isOk() {
        return !error && !throttle && !fault;
    }

    public Outcome or(Outcome o) {
        return new Outcome(error || o.error, throttle || o.throttle, fault || o.fault);
    }
}
