package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneralFunctionsTest {

    @Test
    void presenceAndEmptiness() {
        assertThat(call("ispresent", "x")).isEqualTo(Value.TRUE);
        assertThat(call("ispresent", "")).isEqualTo(Value.TRUE);
        assertThat(call("ispresent", (Object) null)).isEqualTo(Value.FALSE);
        assertThat(call("isempty", (Object) null)).isEqualTo(Value.of(1));
        assertThat(call("isempty", "")).isEqualTo(Value.of(1));
        assertThat(call("isempty", " ")).isEqualTo(Value.of(0));
        assertThat(call("isblank", " \t")).isEqualTo(Value.of(1));
        assertThat(call("isblank", "a")).isEqualTo(Value.of(0));
        assertThat(call("isblank", (Object) null)).isEqualTo(Value.of(1));
    }

    @Test
    void coalesceCaseIf() {
        assertThat(call("coalesce", null, null, "c", "d")).isEqualTo(Value.of("c"));
        assertThat(call("coalesce", null, "").isNull()).isFalse();
        assertThat(call("coalesce", (Object) null).isNull()).isTrue();
        assertThat(call("case", false, "a", true, "b", "z")).isEqualTo(Value.of("b"));
        assertThat(call("case", false, "a", false, "b", "z")).isEqualTo(Value.of("z"));
        assertThat(call("case", false, "a", null, "b").isNull()).isTrue();
        assertThat(call("if", true, 1, 2)).isEqualTo(Value.of(1));
        assertThat(call("if", null, 1, 2)).isEqualTo(Value.of(2));
        assertThat(call("if", 0, 1).isNull()).isTrue();
    }

    @Test
    void numericAndSize() {
        assertThat(call("isNumeric", "12.5")).isEqualTo(Value.TRUE);
        assertThat(call("isNumeric", 3)).isEqualTo(Value.TRUE);
        assertThat(call("isNumeric", "12a")).isEqualTo(Value.FALSE);
        assertThat(call("isNumeric", (Object) null)).isEqualTo(Value.FALSE);
        assertThat(call("messageSize", "abc")).isEqualTo(Value.of(3));
        assertThat(call("messageSize", "é")).isEqualTo(Value.of(2));
        assertThat(call("messageSize", "マンガ")).isEqualTo(Value.of(9));
        assertThat(call("messageSize", "\uD83D\uDE00")).isEqualTo(Value.of(4));
        assertThat(call("messageSize", Value.list(List.of())).isNull()).isTrue();
    }

    @Test
    void queryWindow() {
        assertThat(call("queryStartTime")).isEqualTo(Value.of(Fn.CTX.queryStartMillis()));
        assertThat(call("queryEndTime")).isEqualTo(Value.of(Fn.CTX.queryEndMillis()));
        assertThat(call("queryTimeRange")).isEqualTo(Value.of(10_000_000L));
        assertThat(call("unmask", "secret")).isEqualTo(Value.of("secret"));
    }
}
