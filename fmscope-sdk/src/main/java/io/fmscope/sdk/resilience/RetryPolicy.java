package io.fmscope.sdk.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently one model is retried.
 *
 * @param maxAttempts attempts per model, the first included (AWS SDK standard mode: 3); 1 = no retry
 * @param backoff     delay between attempts
 * @param deadline    overall time for one invocation across all models; a retry whose backoff would
 *                    end past it is not made. {@link Duration#ZERO} = no deadline
 */
public record RetryPolicy(int maxAttempts, FullJitterBackoff backoff, Duration deadline) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, FullJitterBackoff.DEFAULT, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts < 1");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative()) throw new IllegalArgumentException("negative deadline");
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, backoff, deadline);
    }

    public RetryPolicy withBackoff(Duration base, Duration cap) {
        return new RetryPolicy(maxAttempts, new FullJitterBackoff(base, cap), deadline);
    }

    public RetryPolicy withDeadline(Duration overall) {
        return new RetryPolicy(maxAttempts, backoff, overall);
    }

    public boolean hasDeadline() {
        return !deadline.isZero();
    }
}
