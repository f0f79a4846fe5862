package io.fmscope.query.value;

/**
 * A string. Its numeric reading (used when a string meets a number, see {@link Coercion#toNumber}) is parsed at most
 * once per instance and cached, because parsed fields are compared and summed once per row.
 */
public final class StringValue implements Value {
    private final String value;
    /** Cached numeric reading: null = not computed yet, {@link Value#NULL} = not a number. Benign race. */
    private Value number;

    StringValue(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The number this string spells (a LongValue or DoubleValue), or {@link Value#NULL}. */
    public Value numeric() {
        Value n = number;
        if (n == null) {
            n = NumberText.parse(value);
            number = n;
        }
        return n;
    }

    @Override
    public ValueType type() {
        return ValueType.STRING;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    /** Numeric strings are truthy when non-zero, "false" (any case) is false, any other non-empty string is true. */
    @Override
    public boolean truthy() {
        if (value.isEmpty()) {
            return false;
        }
        Value n = numeric();
        if (!n.isNull()) {
            return n.truthy();
        }
        return !value.equalsIgnoreCase("false");
    }

    @Override
    public String asText() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringValue s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return '"' + value + '"';
    }
}
