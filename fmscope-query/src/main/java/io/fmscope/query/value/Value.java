package io.fmscope.query.value;

import java.util.List;
import java.util.Map;

/**
 * An immutable runtime value of the Logs Insights engine. Every field of a row, every literal and every function
 * result is a {@code Value}; a missing field is {@link #NULL} (the engine does not distinguish "absent" from
 * "JSON null", see docs/query/semantics-values.md). Coercion rules live in {@link Coercion}, {@link Arithmetic},
 * {@link Comparison} and {@link Collation}.
 */
public sealed interface Value
        permits NullValue, BoolValue, LongValue, DoubleValue, StringValue, TimestampValue, ListValue, MapValue {

    /** The missing value: absent fields, failed conversions, null propagation. */
    Value NULL = new NullValue();
    Value TRUE = new BoolValue(true);
    Value FALSE = new BoolValue(false);
    Value EMPTY_STRING = new StringValue("");

    ValueType type();

    /** Whether this is {@link #NULL}. */
    boolean isNull();

    /** Truthiness used by {@code filter}, {@code and}/{@code or}/{@code not} and {@code if}. NULL is false. */
    boolean truthy();

    /**
     * The text of the value as a result cell shows it; null for {@link #NULL}. Maps and lists render as JSON.
     * This is also the value's string view in string functions and string comparisons.
     */
    String asText();

    static Value of(long v) {
        return LongValue.of(v);
    }

    /** A double; NaN and infinities become {@link #NULL} (no result cell can show them). */
    static Value of(double v) {
        return Double.isFinite(v) ? new DoubleValue(v) : NULL;
    }

    /** A string value, or {@link #NULL} when {@code s} is null. */
    static Value of(String s) {
        if (s == null) {
            return NULL;
        }
        return s.isEmpty() ? EMPTY_STRING : new StringValue(s);
    }

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Value timestamp(long epochMillis) {
        return new TimestampValue(epochMillis);
    }

    /** A list value (copied). */
    static Value list(List<? extends Value> items) {
        return new ListValue(List.copyOf(items));
    }

    /** A map value (copied, keeping insertion order). */
    static Value map(Map<String, ? extends Value> entries) {
        return MapValue.copyOf(entries);
    }
}
