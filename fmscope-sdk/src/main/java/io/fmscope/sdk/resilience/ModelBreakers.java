package io.fmscope.sdk.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per model id, created on first use; share one instance per client. */
public final class ModelBreakers {

    private final BreakerPolicy policy;
    private final Clock clock;
    private final Map<String, CircuitBreaker> byModel = new ConcurrentHashMap<>();

    public ModelBreakers(BreakerPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BreakerPolicy policy() {
        return policy;
    }

    public CircuitBreaker forModel(String modelId) {
        return byModel.computeIfAbsent(modelId, id -> CircuitBreaker.of("fm-" + id, policy.toConfig(clock)));
    }

    /** The state's name (CLOSED, OPEN, HALF_OPEN, ...); CLOSED for a model never called. */
    public String state(String modelId) {
        CircuitBreaker cb = byModel.get(modelId);
        return cb == null ? CircuitBreaker.State.CLOSED.name() : cb.getState().name();
    }
}
