package io.fmscope.query.value;

/** An exact 64-bit integer. Small values are cached so hot loops (counts, 0/1 results) do not allocate. */
public final class LongValue implements Value {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final LongValue[] CACHE = new LongValue[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new LongValue(i + CACHE_LOW);
        }
    }

    private final long value;

    private LongValue(long value) {
        this.value = value;
    }

    public static LongValue of(long v) {
        return v >= CACHE_LOW && v <= CACHE_HIGH ? CACHE[(int) v - CACHE_LOW] : new LongValue(v);
    }

    public long value() {
        return value;
    }

    @Override
    public ValueType type() {
        return ValueType.LONG;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean truthy() {
        return value != 0;
    }

    @Override
    public String asText() {
        return Long.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LongValue l && l.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return asText();
    }
}
