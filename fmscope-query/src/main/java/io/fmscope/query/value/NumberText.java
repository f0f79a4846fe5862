package io.fmscope.query.value;

import java.math.BigDecimal;

/** Reading numbers out of strings and writing doubles as result text. */
public final class NumberText {
    private NumberText() {
    }

    /**
     * The number {@code s} spells, or {@link Value#NULL}. Accepted: optional sign, digits, optional fraction,
     * optional exponent ({@code 42}, {@code -1.5}, {@code .5}, {@code 1e3}). Not accepted: surrounding whitespace,
     * hex, {@code NaN}, {@code Infinity}, thousands separators. Integers that fit 64 bits stay exact (LongValue).
     */
    public static Value parse(String s) {
        int n = s.length();
        if (n == 0) {
            return Value.NULL;
        }
        int i = 0;
        char c = s.charAt(0);
        boolean negative = c == '-';
        if (c == '-' || c == '+') {
            i++;
        }
        int digitsStart = i;
        long acc = 0;
        boolean overflow = false;
        while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
            if (acc > (Long.MAX_VALUE - 9) / 10) {
                overflow = true;
            }
            acc = acc * 10 + (c - '0');
            i++;
        }
        int intDigits = i - digitsStart;
        if (i == n) {
            if (intDigits == 0) {
                return Value.NULL;
            }
            if (!overflow) {
                return LongValue.of(negative ? -acc : acc);
            }
            return integerSlow(s);
        }
        return decimal(s, i, intDigits);
    }

    private static Value integerSlow(String s) {
        try {
            return LongValue.of(Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s));
        } catch (NumberFormatException e) {
            return Value.of(Double.parseDouble(s));
        }
    }

    /** Validates the fraction/exponent tail strictly, then lets the JDK do the correctly rounded conversion. */
    private static Value decimal(String s, int i, int intDigits) {
        int n = s.length();
        int fracDigits = 0;
        if (s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return Value.NULL;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Value.NULL;
            }
        }
        if (i != n) {
            return Value.NULL;
        }
        return Value.of(Double.parseDouble(s));
    }

    /**
     * Result text of a double: integral values below 1e15 print without a fraction ({@code 3}, not {@code 3.0});
     * others print in the shortest round-tripping decimal form, never in scientific notation.
     */
    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        if (s.indexOf('E') < 0) {
            return s;
        }
        return new BigDecimal(s).toPlainString();
    }
}
