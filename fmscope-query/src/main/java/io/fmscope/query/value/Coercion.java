package io.fmscope.query.value;

/**
 * How one kind of value is read as another. The rules (docs/query/semantics-values.md):
 * <ul>
 *   <li>number view: longs and doubles as they are, booleans 1/0, timestamps their epoch ms, strings when they spell
 *   a number ({@link NumberText#parse}); anything else (NULL, non-numeric strings, maps, lists) has none;</li>
 *   <li>text view: {@link Value#asText()}, except that maps and lists count as null for string functions
 *   (reference section 3.7);</li>
 *   <li>time view: timestamps, numbers as epoch ms, numeric strings as epoch ms, ISO-8601 strings.</li>
 * </ul>
 */
public final class Coercion {
    private Coercion() {
    }

    /** The LongValue/DoubleValue this value reads as, or {@link Value#NULL}. */
    public static Value toNumber(Value v) {
        return switch (v) {
            case LongValue l -> l;
            case DoubleValue d -> d;
            case StringValue s -> s.numeric();
            case BoolValue b -> b.value() ? LongValue.of(1) : LongValue.of(0);
            case TimestampValue t -> LongValue.of(t.epochMillis());
            case NullValue n -> Value.NULL;
            case ListValue l -> Value.NULL;
            case MapValue m -> Value.NULL;
        };
    }

    public static boolean isNumeric(Value v) {
        return !toNumber(v).isNull();
    }

    /** The number view as a double, or NaN when there is none. */
    public static double toDouble(Value v) {
        return switch (toNumber(v)) {
            case LongValue l -> l.value();
            case DoubleValue d -> d.value();
            default -> Double.NaN;
        };
    }

    /** The text view for string functions: null for NULL, maps and lists. */
    public static String toText(Value v) {
        return switch (v) {
            case StringValue s -> s.value();
            case NullValue n -> null;
            case ListValue l -> null;
            case MapValue m -> null;
            default -> v.asText();
        };
    }

    /** Epoch milliseconds this value denotes as a time, or {@link TimeText#NO_TIME}. */
    public static long toEpochMillis(Value v) {
        return switch (v) {
            case TimestampValue t -> t.epochMillis();
            case LongValue l -> l.value();
            case DoubleValue d -> (long) Math.floor(d.value());
            case StringValue s -> {
                Value n = s.numeric();
                yield n.isNull() ? TimeText.parseIso(s.value()) : toEpochMillis(n);
            }
            default -> TimeText.NO_TIME;
        };
    }

    /** Whether the value is a map or a list (they count as null in scalar functions). */
    public static boolean isStructure(Value v) {
        return v instanceof MapValue || v instanceof ListValue;
    }
}
