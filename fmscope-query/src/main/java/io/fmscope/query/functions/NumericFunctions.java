package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.VARIADIC;
import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.Comparison;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** abs, ceil, floor, greatest, least, log, sqrt, round, haversine, toNumber/toInt/toLong/toDouble. */
final class NumericFunctions {
    private static final double EARTH_RADIUS_KM = 6371.0;

    private NumericFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("abs", 1, 1, "abs(a)", "absolute value", (c, a) -> abs(a[0])),
                scalar("ceil", 1, 1, "ceil(a)", "smallest integer >= a", (c, a) -> integral(a[0], Math::ceil)),
                scalar("floor", 1, 1, "floor(a)", "largest integer <= a", (c, a) -> integral(a[0], Math::floor)),
                scalar("greatest", 1, VARIADIC, "greatest(a, ...)", "largest number, NULL args ignored",
                        (c, a) -> extreme(a, 1)),
                scalar("least", 1, VARIADIC, "least(a, ...)", "smallest number, NULL args ignored",
                        (c, a) -> extreme(a, -1)),
                scalar("log", 1, 1, "log(a)", "natural logarithm; NULL for a <= 0",
                        (c, a) -> positive(a[0], Math::log, false)),
                scalar("sqrt", 1, 1, "sqrt(a)", "square root; NULL for a < 0",
                        (c, a) -> positive(a[0], Math::sqrt, true)),
                scalar("round", 1, 2, "round(a[, d])", "a rounded half-up to d decimal places (default 0)",
                        (c, a) -> round(a[0], a.length > 1 ? a[1] : LongValue.of(0))),
                scalar("haversine", 4, 4, "haversine(lat1, lon1, lat2, lon2)",
                        "great-circle distance in km between two points given in degrees",
                        (c, a) -> haversine(a)),
                scalar("toNumber", 1, 1, "toNumber(s)", "the number s spells (integer or decimal), else NULL",
                        (c, a) -> Coercion.toNumber(a[0])),
                scalar("toInt", 1, 1, "toInt(s)", "32-bit integer (decimals truncated), NULL if out of range",
                        (c, a) -> toInteger(a[0], Integer.MIN_VALUE, Integer.MAX_VALUE)),
                scalar("toLong", 1, 1, "toLong(s)", "64-bit integer (decimals truncated), NULL if out of range",
                        (c, a) -> toInteger(a[0], Long.MIN_VALUE, Long.MAX_VALUE)),
                scalar("toDouble", 1, 1, "toDouble(s)", "the number as a double",
                        (c, a) -> toDouble(a[0])));
    }

    static Value abs(Value v) {
        Value n = Coercion.toNumber(v);
        if (n instanceof LongValue l) {
            return l.value() == Long.MIN_VALUE ? Value.of(Math.abs((double) l.value())) : LongValue.of(Math.abs(l.value()));
        }
        return n instanceof DoubleValue d ? Value.of(Math.abs(d.value())) : Value.NULL;
    }

    /** ceil/floor: an integer result (LongValue) when it fits, a double otherwise. */
    static Value integral(Value v, DoubleUnaryOperator op) {
        Value n = Coercion.toNumber(v);
        if (n instanceof LongValue) {
            return n;
        }
        if (n instanceof DoubleValue d) {
            double r = op.applyAsDouble(d.value());
            return Math.abs(r) < 9.0e18 ? LongValue.of((long) r) : Value.of(r);
        }
        return Value.NULL;
    }

    private static Value extreme(Value[] args, int sign) {
        Value best = Value.NULL;
        for (Value a : args) {
            Value n = Coercion.toNumber(a);
            if (!n.isNull() && (best.isNull() || sign * Comparison.compareNumbers(n, best) > 0)) {
                best = n;
            }
        }
        return best;
    }

    private static Value positive(Value v, DoubleUnaryOperator op, boolean zeroAllowed) {
        double d = Coercion.toDouble(v);
        if (Double.isNaN(d) || d < 0 || (d == 0 && !zeroAllowed)) {
            return Value.NULL;
        }
        return Value.of(op.applyAsDouble(d));
    }

    static Value round(Value v, Value places) {
        Value n = Coercion.toNumber(v);
        long d = Args.integer(places, Long.MIN_VALUE);
        if (n.isNull() || d == Long.MIN_VALUE || Math.abs(d) > 300) {
            return Value.NULL;
        }
        if (n instanceof LongValue && d >= 0) {
            return n;
        }
        BigDecimal r = new BigDecimal(n.asText()).setScale((int) d, RoundingMode.HALF_UP);
        if (d <= 0) {
            try {
                return LongValue.of(r.longValueExact());
            } catch (ArithmeticException e) {
                return Value.of(r.doubleValue());
            }
        }
        return Value.of(r.doubleValue());
    }

    private static Value haversine(Value[] a) {
        double lat1 = Math.toRadians(Coercion.toDouble(a[0]));
        double lon1 = Math.toRadians(Coercion.toDouble(a[1]));
        double lat2 = Math.toRadians(Coercion.toDouble(a[2]));
        double lon2 = Math.toRadians(Coercion.toDouble(a[3]));
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lon2 - lon1) / 2), 2);
        return Value.of(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h))));
    }

    private static Value toInteger(Value v, long min, long max) {
        Value n = Coercion.toNumber(v);
        if (n instanceof LongValue l) {
            return l.value() >= min && l.value() <= max ? l : Value.NULL;
        }
        if (n instanceof DoubleValue d) {
            double t = d.value() < 0 ? Math.ceil(d.value()) : Math.floor(d.value());
            return t >= min && t <= max && Math.abs(t) < 9.2e18 ? LongValue.of((long) t) : Value.NULL;
        }
        return Value.NULL;
    }

    private static Value toDouble(Value v) {
        double d = Coercion.toDouble(v);
        return Double.isNaN(d) ? Value.NULL : Value.of(d);
    }
}
