package io.fmscope.traces.sampling;

/** A rules file that cannot be read or is invalid; the message names the rule or the line and column. */
public final class SamplingRulesException extends RuntimeException {
    public SamplingRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
