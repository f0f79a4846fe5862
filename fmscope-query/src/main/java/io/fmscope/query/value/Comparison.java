package io.fmscope.query.value;

/**
 * The operators {@code = != < <= > >=}. Rules, in order (docs/query/semantics-values.md):
 * <ol>
 *   <li>NULL on either side: the result is NULL (falsy; {@code not} keeps it NULL), for {@code !=} too;</li>
 *   <li>a map or list on either side: false (reference section 3.7), for {@code !=} too;</li>
 *   <li>both sides have a number view: numeric comparison (exact between integers);</li>
 *   <li>a timestamp against an ISO-8601 string: compared as instants;</li>
 *   <li>otherwise their texts compare by Unicode code point, case-sensitively.</li>
 * </ol>
 */
public final class Comparison {
    /** Internal outcome when the result is not an ordering. */
    private static final int UNKNOWN = 2;
    private static final int NEVER = 3;

    private Comparison() {
    }

    public static Value eq(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c == 0);
    }

    public static Value ne(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c != 0 && c != NEVER);
    }

    public static Value lt(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c == -1);
    }

    public static Value le(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c == -1 || c == 0);
    }

    public static Value gt(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c == 1);
    }

    public static Value ge(Value a, Value b) {
        int c = compare(a, b);
        return c == UNKNOWN ? Value.NULL : Value.of(c == 1 || c == 0);
    }

    /** Whether {@code a = b} holds (NULL and structures never equal anything). Used by {@code in}. */
    public static boolean equal(Value a, Value b) {
        return compare(a, b) == 0;
    }

    /** -1, 0, 1, or {@link #UNKNOWN} (NULL involved) or {@link #NEVER} (structure involved). */
    private static int compare(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return UNKNOWN;
        }
        if (Coercion.isStructure(a) || Coercion.isStructure(b)) {
            return NEVER;
        }
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (!x.isNull() && !y.isNull()) {
            return compareNumbers(x, y);
        }
        if (a instanceof TimestampValue t && b instanceof StringValue s) {
            return compareTimeText(t.epochMillis(), s.value(), a, b);
        }
        if (b instanceof TimestampValue t && a instanceof StringValue s) {
            return -compareTimeText(t.epochMillis(), s.value(), b, a);
        }
        return Integer.signum(compareText(a.asText(), b.asText()));
    }

    private static int compareTimeText(long millis, String text, Value a, Value b) {
        long other = TimeText.parseIso(text);
        return other == TimeText.NO_TIME
                ? Integer.signum(compareText(a.asText(), b.asText())) : Long.compare(millis, other);
    }

    /** Numeric order of two number views (LongValue/DoubleValue, as {@link Coercion#toNumber} gives); exact between longs. */
    public static int compareNumbers(Value x, Value y) {
        if (x instanceof LongValue l && y instanceof LongValue m) {
            return Long.compare(l.value(), m.value());
        }
        double p = x instanceof LongValue l ? l.value() : ((DoubleValue) x).value();
        double q = y instanceof LongValue m ? m.value() : ((DoubleValue) y).value();
        return p < q ? -1 : p > q ? 1 : 0;
    }

    /** Code-point order (String.compareTo is UTF-16 order, which differs for supplementary characters). */
    public static int compareText(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            char d = b.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return c - d;
            }
        }
        return a.length() - b.length();
    }
}
