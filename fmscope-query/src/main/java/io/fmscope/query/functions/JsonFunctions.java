package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.json.JsonValues;
import io.fmscope.query.value.Comparison;
import io.fmscope.query.value.JsonText;
import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.MapValue;
import io.fmscope.query.value.StringValue;
import io.fmscope.query.value.Value;

import java.util.List;

/** jsonParse, jsonStringify, jsonArraySize, jsonArrayContains. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("jsonParse", 1, 1, "jsonParse(s)", "the map or list a JSON object/array string holds, else NULL",
                        (c, a) -> parse(a[0])),
                scalar("jsonStringify", 1, 1, "jsonStringify(v)", "a map or list as compact JSON text, else NULL",
                        (c, a) -> a[0] instanceof MapValue || a[0] instanceof ListValue
                                ? Value.of(JsonText.write(a[0])) : Value.NULL),
                scalar("jsonArraySize", 1, 1, "jsonArraySize(f)", "number of elements of a list or JSON array string",
                        (c, a) -> parse(a[0]) instanceof ListValue l ? LongValue.of(l.size()) : Value.NULL),
                scalar("jsonArrayContains", 2, 2, "jsonArrayContains(f, v)",
                        "1 if the list or JSON array string has an element equal to v (case-sensitive), else 0",
                        (c, a) -> contains(a[0], a[1])));
    }

    private static Value parse(Value v) {
        if (v instanceof MapValue || v instanceof ListValue) {
            return v;
        }
        return v instanceof StringValue s ? JsonValues.parse(s.value()) : Value.NULL;
    }

    private static Value contains(Value array, Value needle) {
        if (!(parse(array) instanceof ListValue l) || needle.isNull()) {
            return Args.bool01(false);
        }
        for (Value item : l.items()) {
            if (sameText(item, needle)) {
                return Args.bool01(true);
            }
        }
        return Args.bool01(false);
    }

    /** Strings match only strings exactly; other scalars by {@code =}. */
    private static boolean sameText(Value item, Value needle) {
        if (item instanceof StringValue s && needle instanceof StringValue t) {
            return s.value().equals(t.value());
        }
        return Comparison.equal(item, needle);
    }
}
