package io.fmscope.traces.sampling;

import java.util.Objects;

/**
 * One tail-sampling rule, X-Ray style: rules are tried by ascending {@code priority} (ties by name) and the
 * first that matches decides. A matched trace is kept if the rule's reservoir still has room this second,
 * else with probability {@code fixedRate}, drawn from a hash of the trace id so every span of the trace
 * (including late ones) gets the same answer.
 */
public record SamplingRule(String name, int priority, RuleMatch match, int reservoirPerSecond, double fixedRate) {
    public SamplingRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        if (name.isBlank()) throw new IllegalArgumentException("rule name must not be blank");
        if (priority < 0) throw new IllegalArgumentException("rule " + name + ": priority must be >= 0");
        if (reservoirPerSecond < 0) throw new IllegalArgumentException("rule " + name + ": reservoir_per_second must be >= 0");
        if (!(fixedRate >= 0 && fixedRate <= 1)) throw new IllegalArgumentException("rule " + name + ": fixed_rate must be in [0, 1]");
    }
}
