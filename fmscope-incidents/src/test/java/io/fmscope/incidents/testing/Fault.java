package io.fmscope.incidents.testing;

import io.fmscope.model.fmcall.LatencyComponent;

/** A fault the synthetic traffic injects between two offsets (seconds from the start of the traffic). */
public sealed interface Fault {
    long fromSecond();

    long toSecond();

    default boolean activeAt(double second) {
        return second >= fromSecond() && second < toSecond();
    }

    /**
     * A share of calls fails with this error.
     *
     * @param category the {@code root_cause_category} the record declares (null to leave it to classification)
     */
    record Errors(long fromSecond, long toSecond, double share, String status, String type, String code,
                  String message, String service, String category) implements Fault {}

    /** A share of calls sees one latency component multiplied. */
    record Latency(long fromSecond, long toSecond, double share, LatencyComponent component, double factor)
            implements Fault {}

    /** Every call's prompt is {@code factor} times larger (a template that pulls in too much context). */
    record PromptBloat(long fromSecond, long toSecond, double factor) implements Fault {}

    /** The response cache stops answering (hits drop to zero). */
    record CacheDown(long fromSecond, long toSecond) implements Fault {}

    /** A share of vector searches returns nothing. */
    record EmptyRetrieval(long fromSecond, long toSecond, double share) implements Fault {}

    static Errors throttling(long from, long to, double share) {
        return new Errors(from, to, share, "THROTTLED", "ThrottlingException", "ThrottlingException",
                "An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4):"
                        + " Too many requests, please wait before trying again.", "bedrock", "MODEL_THROTTLE");
    }
}
