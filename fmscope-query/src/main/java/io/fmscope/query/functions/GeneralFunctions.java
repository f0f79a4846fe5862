package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.VARIADIC;
import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.util.List;

/** ispresent, isempty, isblank, coalesce, case, if, isNumeric, messageSize, query window functions, unmask. */
final class GeneralFunctions {
    /** case(): up to 10 condition/value pairs plus a default (reference section 3.3). */
    private static final int CASE_MAX_ARGS = 21;

    private GeneralFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("ispresent", 1, 1, "ispresent(f)", "true if the field exists (is not NULL)",
                        (c, a) -> Value.of(!a[0].isNull())),
                scalar("isempty", 1, 1, "isempty(f)", "1 if missing or \"\", else 0",
                        (c, a) -> Args.bool01(isEmpty(a[0], false))),
                scalar("isblank", 1, 1, "isblank(f)", "1 if missing, \"\" or only whitespace, else 0",
                        (c, a) -> Args.bool01(isEmpty(a[0], true))),
                scalar("coalesce", 1, VARIADIC, "coalesce(f, ...)", "first argument that is not NULL",
                        (c, a) -> coalesce(a)),
                scalar("case", 2, CASE_MAX_ARGS, "case(c1, v1[, c2, v2 ...][, default])",
                        "value of the first true condition, else the default (NULL without one)",
                        (c, a) -> caseOf(a)),
                scalar("if", 2, 3, "if(cond, then[, else])", "then when cond is true, else the else value (or NULL)",
                        (c, a) -> a[0].truthy() ? a[1] : a.length > 2 ? a[2] : Value.NULL),
                scalar("isNumeric", 1, 1, "isNumeric(f)", "true if the value is a number or a string that spells one",
                        (c, a) -> Value.of(Coercion.isNumeric(a[0]))),
                scalar("messageSize", 1, 1, "messageSize(f)", "length of the value's text in UTF-8 bytes",
                        (c, a) -> messageSize(a[0])),
                scalar("queryStartTime", 0, 0, "queryStartTime()", "start of the query window, epoch ms",
                        (c, a) -> LongValue.of(c.queryStartMillis())),
                scalar("queryEndTime", 0, 0, "queryEndTime()", "end of the query window, epoch ms",
                        (c, a) -> LongValue.of(c.queryEndMillis())),
                scalar("queryTimeRange", 0, 0, "queryTimeRange()", "length of the query window in ms",
                        (c, a) -> LongValue.of(c.queryEndMillis() - c.queryStartMillis())),
                scalar("unmask", 1, 1, "unmask(f)", "the value unchanged (no data-protection masking here)",
                        (c, a) -> a[0]));
    }

    private static boolean isEmpty(Value v, boolean blank) {
        String s = Args.text(v);
        return s == null || (blank ? s.isBlank() : s.isEmpty());
    }

    private static Value coalesce(Value[] a) {
        for (Value v : a) {
            if (!v.isNull()) {
                return v;
            }
        }
        return Value.NULL;
    }

    private static Value caseOf(Value[] a) {
        int pairs = a.length / 2;
        for (int i = 0; i < pairs; i++) {
            if (a[2 * i].truthy()) {
                return a[2 * i + 1];
            }
        }
        return a.length % 2 == 1 ? a[a.length - 1] : Value.NULL;
    }

    private static Value messageSize(Value v) {
        String s = Args.text(v);
        if (s == null) {
            return Value.NULL;
        }
        return LongValue.of(utf8Length(s));
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
