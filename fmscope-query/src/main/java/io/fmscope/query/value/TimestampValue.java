package io.fmscope.query.value;

/**
 * A point in time (epoch milliseconds, UTC), e.g. {@code @timestamp}, {@code bin(5m)}, {@code fromMillis(n)}.
 * Numerically it is its epoch milliseconds; as text it is {@code yyyy-MM-dd HH:mm:ss.SSS} in UTC, the format
 * GetQueryResults uses.
 */
public final class TimestampValue implements Value {
    private final long epochMillis;

    TimestampValue(long epochMillis) {
        this.epochMillis = epochMillis;
    }

    public long epochMillis() {
        return epochMillis;
    }

    @Override
    public ValueType type() {
        return ValueType.TIMESTAMP;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean truthy() {
        return true;
    }

    @Override
    public String asText() {
        return TimeText.format(epochMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampValue t && t.epochMillis == epochMillis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochMillis);
    }

    @Override
    public String toString() {
        return asText();
    }
}
