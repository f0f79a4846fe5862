package io.fmscope.query.functions;

import io.fmscope.query.value.Value;

/**
 * What a scalar function may need besides its arguments: the current row's {@code @timestamp} (for {@code bin}) and
 * the query's time window and start instant (for {@code now}, {@code queryStartTime} and friends).
 */
public interface EvalContext {

    /** The current row's {@code @timestamp} value (a TimestampValue), or {@link Value#NULL} if the row has none. */
    Value timestamp();

    /** Start of the query window, epoch ms (inclusive). */
    long queryStartMillis();

    /** End of the query window, epoch ms (inclusive). */
    long queryEndMillis();

    /** Wall-clock instant at which the query started, epoch ms ({@code now()} reports it in seconds). */
    long nowMillis();

    /** A fixed context, e.g. for constant folding and tests. */
    static EvalContext of(Value timestamp, long queryStartMillis, long queryEndMillis, long nowMillis) {
        return new Fixed(timestamp, queryStartMillis, queryEndMillis, nowMillis);
    }

    record Fixed(Value timestamp, long queryStartMillis, long queryEndMillis, long nowMillis)
            implements EvalContext {
    }
}
