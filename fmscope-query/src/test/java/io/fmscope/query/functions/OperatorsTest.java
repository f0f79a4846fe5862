package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorsTest {

    @Test
    void likeIsASubstringTestAndRegexSearch() {
        assertThat(Operators.likeText(Value.of("10.0.0.1"), "0.0.")).isEqualTo(Value.TRUE);
        assertThat(Operators.likeText(Value.of("Exception"), "exception")).isEqualTo(Value.FALSE);
        assertThat(Operators.likeRegex(Value.of("code 204"), SafeRegex.compile("2\\d\\d"))).isEqualTo(Value.TRUE);
        assertThat(Operators.likeRegex(Value.of("an EXCEPTION"), SafeRegex.compile("(?i)Exception")))
                .isEqualTo(Value.TRUE);
        assertThat(Operators.likeRegex(Value.of("xyz"), SafeRegex.compile("E*"))).isEqualTo(Value.TRUE);
        assertThat(Operators.likeRegex(Value.of(404), SafeRegex.compile("^4"))).isEqualTo(Value.TRUE);
        assertThat(Operators.likeText(Value.NULL, "x").isNull()).isTrue();
        assertThat(Operators.likeText(Value.list(List.of(Value.of("x"))), "x")).isEqualTo(Value.FALSE);
    }

    @Test
    void inUsesEquality() {
        ListValue codes = new ListValue(List.of(Value.of(300), Value.of(400), Value.of(500)));
        assertThat(Operators.in(Value.of("400"), codes)).isEqualTo(Value.TRUE);
        assertThat(Operators.in(Value.of(404), codes)).isEqualTo(Value.FALSE);
        assertThat(Operators.notIn(Value.of(404), codes)).isEqualTo(Value.TRUE);
        ListValue mixed = new ListValue(List.of(Value.of("foo"), Value.of("bar"), Value.of(1)));
        assertThat(Operators.in(Value.of("fo"), mixed)).isEqualTo(Value.FALSE);
        assertThat(Operators.in(Value.of(1.0), mixed)).isEqualTo(Value.TRUE);
        assertThat(Operators.in(Value.NULL, mixed).isNull()).isTrue();
        assertThat(Operators.notIn(Value.NULL, mixed).isNull()).isTrue();
    }

    @Test
    void threeValuedLogic() {
        Value n = Value.NULL;
        Value t = Value.TRUE;
        Value f = Value.FALSE;
        assertThat(Operators.and(t, t)).isEqualTo(t);
        assertThat(Operators.and(t, f)).isEqualTo(f);
        assertThat(Operators.and(n, f)).isEqualTo(f);
        assertThat(Operators.and(t, n).isNull()).isTrue();
        assertThat(Operators.or(n, t)).isEqualTo(t);
        assertThat(Operators.or(f, f)).isEqualTo(f);
        assertThat(Operators.or(f, n).isNull()).isTrue();
        assertThat(Operators.not(t)).isEqualTo(f);
        assertThat(Operators.not(Value.of(0))).isEqualTo(t);
        assertThat(Operators.not(n).isNull()).isTrue();
    }
}
