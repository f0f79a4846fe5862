package io.fmscope.query.value;

import java.util.Comparator;

/**
 * The "updated natural sort" of {@code sort}, {@code sortsFirst} and {@code sortsLast} (reference section 2.5), in
 * ascending order:
 * <ol>
 *   <li>non-numbers before numbers; a number is a long, double or timestamp value, or a string of only digits;</li>
 *   <li>numbers by numeric value, ties (e.g. {@code 01} and {@code 1}) by their text;</li>
 *   <li>non-numbers are split into digit and non-digit chunks compared in turn: two digit chunks by length, then
 *   value; otherwise by Unicode code point;</li>
 *   <li>NULL (and maps and lists, which cannot be sorted) after everything.</li>
 * </ol>
 * Descending order is the exact reverse of rules 1-3; where NULL goes then is the sort operator's choice.
 */
public final class Collation {
    /** Ascending natural order, NULL last. */
    public static final Comparator<Value> ASCENDING = Collation::compare;

    private Collation() {
    }

    public static int compare(Value a, Value b) {
        boolean an = a.isNull() || Coercion.isStructure(a);
        boolean bn = b.isNull() || Coercion.isStructure(b);
        if (an || bn) {
            return an == bn ? 0 : an ? 1 : -1;
        }
        Value x = numberOf(a);
        Value y = numberOf(b);
        if (x != null && y != null) {
            int c = Comparison.compareNumbers(x, y);
            if (c != 0) {
                return c;
            }
            return Comparison.compareText(a.asText(), b.asText());
        }
        if (x != null || y != null) {
            return x != null ? 1 : -1;
        }
        return compareChunks(a.asText(), b.asText());
    }

    /** The number view if the value counts as a number for collation, else null. */
    private static Value numberOf(Value v) {
        return switch (v) {
            case LongValue l -> l;
            case DoubleValue d -> d;
            case TimestampValue t -> LongValue.of(t.epochMillis());
            case StringValue s -> allDigits(s.value()) ? s.numeric() : null;
            default -> null;
        };
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int compareChunks(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = isDigit(a.charAt(i));
            boolean db = isDigit(b.charAt(j));
            int ie = chunkEnd(a, i, da);
            int je = chunkEnd(b, j, db);
            int c;
            if (da && db) {
                c = Integer.compare(ie - i, je - j);
                if (c == 0) {
                    c = a.substring(i, ie).compareTo(b.substring(j, je));
                }
            } else {
                c = Comparison.compareText(a.substring(i, ie), b.substring(j, je));
            }
            if (c != 0) {
                return c;
            }
            i = ie;
            j = je;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int chunkEnd(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
