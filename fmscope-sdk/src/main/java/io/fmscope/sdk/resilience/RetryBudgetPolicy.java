package io.fmscope.sdk.resilience;

/**
 * The retry quota, as in the AWS SDKs' standard retry mode (Java v2: bucket 500, cost 5 per retry;
 * JS v3: 10 for a timeout retry, refund 1 on a success without retry).
 *
 * @param capacity       tokens in a full bucket; the bucket starts full
 * @param retryCost      tokens a retry takes
 * @param timeoutCost    tokens a retry after a timeout takes (timeouts hold resources longer)
 * @param successRefund  tokens a first-attempt success puts back; a successful retry puts back its own cost
 */
public record RetryBudgetPolicy(int capacity, int retryCost, int timeoutCost, int successRefund) {

    public static final RetryBudgetPolicy DEFAULT = new RetryBudgetPolicy(500, 5, 10, 1);

    public RetryBudgetPolicy {
        if (capacity < 0 || retryCost < 0 || timeoutCost < 0 || successRefund < 0) {
            throw new IllegalArgumentException("retry budget numbers must be >= 0");
        }
    }

    /** A budget that never runs out (costs are zero). */
    public static RetryBudgetPolicy unlimited() {
        return new RetryBudgetPolicy(Integer.MAX_VALUE, 0, 0, 0);
    }

    public int costOf(boolean timeout) {
        return timeout ? timeoutCost : retryCost;
    }
}
