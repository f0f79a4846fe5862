package io.fmscope.sdk.cost;

/** Why a {@link CostBreakdown} is incomplete or had to correct its input. */
public enum CostIssue {
    /** No catalog tier matches the model id; every cost is 0 and the tier is {@code unknown}. */
    UNKNOWN_MODEL,
    /** Cache-read tokens were reported for a tier without a cache-read price; they are not priced. */
    NO_CACHE_READ_PRICE,
    /** Cache-write tokens were reported for a tier without a cache-write price; they are not priced. */
    NO_CACHE_WRITE_PRICE,
    /** A negative token count was reported and counted as 0. */
    NEGATIVE_TOKEN_COUNT
}
