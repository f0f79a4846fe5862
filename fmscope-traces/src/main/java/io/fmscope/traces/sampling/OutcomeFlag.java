package io.fmscope.traces.sampling;

import java.util.Locale;

/** Trace outcomes a rule can require: X-Ray's flags, plus OTel status ERROR on any span. */
public enum OutcomeFlag {
    ERROR, THROTTLE, FAULT, STATUS_ERROR;

    public static OutcomeFlag parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown outcome '" + text + "' (expected error, throttle, fault or status_error)");
        }
    }
}
