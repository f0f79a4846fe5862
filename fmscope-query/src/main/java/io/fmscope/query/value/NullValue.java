package io.fmscope.query.value;

/** The single missing value; obtain it as {@link Value#NULL}. */
public final class NullValue implements Value {

    NullValue() {
    }

    @Override
    public ValueType type() {
        return ValueType.NULL;
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public boolean truthy() {
        return false;
    }

    @Override
    public String asText() {
        return null;
    }

    @Override
    public String toString() {
        return "NULL";
    }
}
