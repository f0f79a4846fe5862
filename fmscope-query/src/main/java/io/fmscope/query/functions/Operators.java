package io.fmscope.query.functions;

import io.fmscope.query.value.Comparison;
import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.Value;

/**
 * The non-arithmetic operators over evaluated values: {@code like}, {@code =~}, {@code in}, and three-valued
 * {@code and}/{@code or}/{@code not}. Arithmetic and comparison are {@link io.fmscope.query.value.Arithmetic} and
 * {@link Comparison}. A NULL operand gives NULL (falsy) except where {@code and}/{@code or} are decided anyway.
 */
public final class Operators {
    private Operators() {
    }

    /** {@code s like "needle"}: case-sensitive substring test. */
    public static Value likeText(Value subject, String needle) {
        String s = Args.text(subject);
        if (s == null) {
            return subject.isNull() ? Value.NULL : Value.FALSE;
        }
        return Value.of(s.contains(needle));
    }

    /** {@code s like /re/} and {@code s =~ /re/}: unanchored regex search. */
    public static Value likeRegex(Value subject, SafeRegex regex) {
        String s = Args.text(subject);
        if (s == null) {
            return subject.isNull() ? Value.NULL : Value.FALSE;
        }
        return Value.of(regex.find(s));
    }

    /** {@code v in [...]}: true if v equals an element (same equality as {@code =}); NULL when v is NULL. */
    public static Value in(Value v, ListValue list) {
        if (v.isNull()) {
            return Value.NULL;
        }
        for (Value item : list.items()) {
            if (Comparison.equal(v, item)) {
                return Value.TRUE;
            }
        }
        return Value.FALSE;
    }

    /** {@code v not in [...]}: the negation of {@link #in}, NULL staying NULL. */
    public static Value notIn(Value v, ListValue list) {
        return not(in(v, list));
    }

    /** {@code not}: NULL stays NULL, otherwise the negated truthiness. */
    public static Value not(Value v) {
        return v.isNull() ? Value.NULL : Value.of(!v.truthy());
    }

    /** SQL three-valued {@code and}: false wins over NULL, NULL over true. */
    public static Value and(Value a, Value b) {
        boolean aFalse = !a.isNull() && !a.truthy();
        boolean bFalse = !b.isNull() && !b.truthy();
        if (aFalse || bFalse) {
            return Value.FALSE;
        }
        return a.isNull() || b.isNull() ? Value.NULL : Value.TRUE;
    }

    /** SQL three-valued {@code or}: true wins over NULL, NULL over false. */
    public static Value or(Value a, Value b) {
        if (a.truthy() || b.truthy()) {
            return Value.TRUE;
        }
        return a.isNull() || b.isNull() ? Value.NULL : Value.FALSE;
    }
}
