package io.fmscope.query.functions;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

/** Small argument readers shared by the function families. */
final class Args {
    private Args() {
    }

    /** Text view of a string argument; null when NULL, a map or a list (they count as null). */
    static String text(Value v) {
        return Coercion.toText(v);
    }

    /** Integer view (doubles truncated toward zero), or {@code fallback} when the value has no number view. */
    static long integer(Value v, long fallback) {
        return switch (Coercion.toNumber(v)) {
            case LongValue l -> l.value();
            case DoubleValue d -> (long) d.value();
            default -> fallback;
        };
    }

    static Value bool01(boolean b) {
        return LongValue.of(b ? 1 : 0);
    }
}
