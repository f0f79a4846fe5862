package io.fmscope.query.value;

import java.math.BigInteger;

/**
 * The operators {@code + - * / % ^} and unary minus. Operands take their number view ({@link Coercion#toNumber});
 * if either has none the result is NULL. Two integers give an exact integer while the result fits 64 bits (overflow
 * falls back to double); division gives an integer only when exact; division or modulo by zero gives NULL.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Value add(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x instanceof LongValue l && y instanceof LongValue m) {
            long p = l.value();
            long q = m.value();
            long r = p + q;
            return ((p ^ r) & (q ^ r)) < 0 ? wide(big(p).add(big(q))) : LongValue.of(r);
        }
        return x.isNull() || y.isNull() ? Value.NULL : Value.of(d(x) + d(y));
    }

    public static Value subtract(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x instanceof LongValue l && y instanceof LongValue m) {
            long p = l.value();
            long q = m.value();
            long r = p - q;
            return ((p ^ q) & (p ^ r)) < 0 ? wide(big(p).subtract(big(q))) : LongValue.of(r);
        }
        return x.isNull() || y.isNull() ? Value.NULL : Value.of(d(x) - d(y));
    }

    public static Value multiply(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x instanceof LongValue l && y instanceof LongValue m) {
            long p = l.value();
            long q = m.value();
            long r = p * q;
            boolean fits = Math.multiplyHigh(p, q) == (r >> 63);
            return fits ? LongValue.of(r) : wide(big(p).multiply(big(q)));
        }
        return x.isNull() || y.isNull() ? Value.NULL : Value.of(d(x) * d(y));
    }

    public static Value divide(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x.isNull() || y.isNull() || d(y) == 0.0) {
            return Value.NULL;
        }
        if (x instanceof LongValue l && y instanceof LongValue m) {
            long p = l.value();
            long q = m.value();
            if (p % q == 0 && !(p == Long.MIN_VALUE && q == -1)) {
                return LongValue.of(p / q);
            }
        }
        return Value.of(d(x) / d(y));
    }

    public static Value modulo(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x.isNull() || y.isNull() || d(y) == 0.0) {
            return Value.NULL;
        }
        if (x instanceof LongValue l && y instanceof LongValue m) {
            return m.value() == -1 ? LongValue.of(0) : LongValue.of(l.value() % m.value());
        }
        return Value.of(d(x) % d(y));
    }

    /** {@code a ^ b}: exact for an integer base and a non-negative integer exponent while it fits, else double. */
    public static Value power(Value a, Value b) {
        Value x = Coercion.toNumber(a);
        Value y = Coercion.toNumber(b);
        if (x.isNull() || y.isNull()) {
            return Value.NULL;
        }
        if (x instanceof LongValue l && y instanceof LongValue m && m.value() >= 0) {
            long base = l.value();
            long exp = m.value();
            if (base == 0 || base == 1 || base == -1) {
                return LongValue.of(exp == 0 ? 1 : base == -1 ? (exp % 2 == 0 ? 1 : -1) : base);
            }
            long r = 1;
            for (long e = exp; e > 0; e--) { // |base| >= 2: at most 63 rounds before overflow
                long next = r * base;
                if (Math.multiplyHigh(r, base) != (next >> 63)) {
                    return Value.of(Math.pow(base, exp));
                }
                r = next;
            }
            return LongValue.of(r);
        }
        return Value.of(Math.pow(d(x), d(y)));
    }

    public static Value negate(Value a) {
        Value x = Coercion.toNumber(a);
        if (x instanceof LongValue l) {
            return l.value() == Long.MIN_VALUE ? Value.of(-(double) l.value()) : LongValue.of(-l.value());
        }
        return x.isNull() ? Value.NULL : Value.of(-d(x));
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** An overflowed integer result, correctly rounded to a double (rare path). */
    private static Value wide(BigInteger exact) {
        return Value.of(exact.doubleValue());
    }

    private static double d(Value number) {
        return number instanceof LongValue l ? l.value() : ((DoubleValue) number).value();
    }
}
