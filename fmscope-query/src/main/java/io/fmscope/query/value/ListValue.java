package io.fmscope.query.value;

import java.util.List;

/** A list (from {@code jsonParse}, {@code split}, array literals). Elements are never Java null. */
public record ListValue(List<Value> items) implements Value {

    public ListValue {
        items = List.copyOf(items);
    }

    /** The element at {@code index}, or {@link Value#NULL} when out of range. */
    public Value get(long index) {
        return index >= 0 && index < items.size() ? items.get((int) index) : Value.NULL;
    }

    public int size() {
        return items.size();
    }

    @Override
    public ValueType type() {
        return ValueType.LIST;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    /** Structures count as null in conditions (reference section 3.7). */
    @Override
    public boolean truthy() {
        return false;
    }

    @Override
    public String asText() {
        return JsonText.write(this);
    }
}
