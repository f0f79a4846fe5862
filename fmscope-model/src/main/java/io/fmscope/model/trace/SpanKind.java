package io.fmscope.model.trace;

/** OTel span kinds; the ordinal equals the OTLP enum number. */
public enum SpanKind {
    UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER;

    /** The kind for an OTLP enum number; unknown numbers are UNSPECIFIED. */
    public static SpanKind ofOtlp(int number) {
        SpanKind[] all = values();
        return number >= 0 && number < all.length ? all[number] : UNSPECIFIED;
    }
}
