package io.fmscope.model.trace;

/** X-Ray subsegment namespace: an AWS SDK call, another downstream call, or neither. */
public enum Namespace {
    NONE, AWS, REMOTE;

    /** "aws" / "remote" (case-insensitive) or NONE. */
    public static Namespace of(String text) {
        if ("aws".equalsIgnoreCase(text)) {
            return AWS;
        }
        return "remote".equalsIgnoreCase(text) ? REMOTE : NONE;
    }

    /** The X-Ray wire value, or null for NONE. */
    public String wire() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
