package io.fmscope.traces.sampling;

import io.fmscope.model.trace.TraceId;

/**
 * One trace's sampling decision.
 *
 * @param rule the deciding rule's name, or null when no rule matched (the trace is dropped)
 * @param by   how: the rule's reservoir, its fixed rate, or nothing kept it
 * @param why  what triggered the decision: completion, the wait elapsing, a buffer cap, or a flush
 */
public record Decision(TraceId traceId, boolean keep, String rule, By by, Trigger why) {
    public enum By { RESERVOIR, FIXED_RATE, NOT_SAMPLED, NO_RULE }

    public enum Trigger { COMPLETE, WAIT_ELAPSED, AT_CAP, FLUSH }
}
