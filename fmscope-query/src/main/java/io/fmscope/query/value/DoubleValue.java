package io.fmscope.query.value;

/** A finite double (decimal numbers, averages, divisions that are not exact). Create with {@link Value#of(double)}. */
public final class DoubleValue implements Value {
    private final double value;

    DoubleValue(double value) {
        this.value = value;
    }

    public double value() {
        return value;
    }

    @Override
    public ValueType type() {
        return ValueType.DOUBLE;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean truthy() {
        return value != 0.0;
    }

    @Override
    public String asText() {
        return NumberText.format(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleValue d && Double.compare(d.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return asText();
    }
}
