package io.fmscope.query.value;

/** A boolean; obtain it as {@link Value#TRUE}/{@link Value#FALSE} or {@link Value#of(boolean)}. Numerically 1/0. */
public final class BoolValue implements Value {
    private final boolean value;

    BoolValue(boolean value) {
        this.value = value;
    }

    public boolean value() {
        return value;
    }

    @Override
    public ValueType type() {
        return ValueType.BOOLEAN;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean truthy() {
        return value;
    }

    @Override
    public String asText() {
        return value ? "true" : "false";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoolValue b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return asText();
    }
}
