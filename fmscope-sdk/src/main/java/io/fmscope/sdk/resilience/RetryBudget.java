package io.fmscope.sdk.resilience;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token bucket shared by all invocations of one client, so that during an outage retries stop
 * once the bucket is empty instead of multiplying the load ("retries are selfish"). Thread-safe.
 */
public final class RetryBudget {

    private final RetryBudgetPolicy policy;
    private final AtomicInteger tokens;

    public RetryBudget(RetryBudgetPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tokens = new AtomicInteger(policy.capacity());
    }

    public RetryBudgetPolicy policy() {
        return policy;
    }

    public int available() {
        return tokens.get();
    }

    /** Takes the cost of one retry; returns the cost taken, or -1 (nothing taken) if the bucket is short. */
    public int tryAcquire(boolean timeout) {
        int cost = policy.costOf(timeout);
        while (true) {
            int now = tokens.get();
            if (now < cost) return -1;
            if (tokens.compareAndSet(now, now - cost)) return cost;
        }
    }

    /**
     * Refills after a success: the cost of the retry that succeeded, or {@code successRefund} when
     * the first attempt succeeded ({@code lastRetryCost == 0}). Never above capacity.
     */
    public void recordSuccess(int lastRetryCost) {
        refund(lastRetryCost > 0 ? lastRetryCost : policy.successRefund());
    }

    /** Gives back tokens taken for a retry that was then not made. */
    public void refund(int amount) {
        if (amount <= 0) return;
        tokens.accumulateAndGet(amount, (now, add) -> (int) Math.min(policy.capacity(), (long) now + add));
    }
}
