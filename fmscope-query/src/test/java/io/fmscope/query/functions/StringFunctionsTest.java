package io.fmscope.query.functions;

import static io.fmscope.query.functions.Fn.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.query.value.ListValue;
import io.fmscope.query.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    @Test
    void documentedTrimExamples() {
        assertThat(call("ltrim", "xyZxyfooxyZ", "xyZ")).isEqualTo(Value.of("fooxyZ"));
        assertThat(call("rtrim", "xyZfooxyxyZ", "xyZ")).isEqualTo(Value.of("xyZfoo"));
        assertThat(call("trim", "xyZxyfooxyxyZ", "xyZ")).isEqualTo(Value.of("foo"));
        assertThat(call("trim", "  a b \t")).isEqualTo(Value.of("a b"));
        assertThat(call("ltrim", "  a ")).isEqualTo(Value.of("a "));
        assertThat(call("rtrim", "  a ")).isEqualTo(Value.of("  a"));
        assertThat(call("trim", " xfoox ", "x")).isEqualTo(Value.of(" xfoox "));
    }

    @Test
    void documentedSubstrExampleIsZeroBased() {
        assertThat(call("substr", "xyZfooxyZ", 3, 3)).isEqualTo(Value.of("foo"));
        assertThat(call("substr", "xyZfooxyZ", 3)).isEqualTo(Value.of("fooxyZ"));
        assertThat(call("substr", "abc", 5)).isEqualTo(Value.of(""));
        assertThat(call("substr", "abc", -2, 2)).isEqualTo(Value.of("ab"));
        assertThat(call("substr", "abc", 1, -1)).isEqualTo(Value.of(""));
        assertThat(call("substr", "a\uD83D\uDE00b", 1, 1)).isEqualTo(Value.of("\uD83D\uDE00"));
    }

    @Test
    void strlenCountsCodePoints() {
        assertThat(call("strlen", "héllo")).isEqualTo(Value.of(5));
        assertThat(call("strlen", "\uD83D\uDE00")).isEqualTo(Value.of(1));
        assertThat(call("strlen", "マンガ")).isEqualTo(Value.of(3));
        assertThat(call("strlen", 12345)).isEqualTo(Value.of(5));
        assertThat(call("strlen", (Object) null).isNull()).isTrue();
    }

    @Test
    void concatTreatsMissingAsEmpty() {
        assertThat(call("concat", "GetItem", "-", 200)).isEqualTo(Value.of("GetItem-200"));
        assertThat(call("concat", "a", null, "b")).isEqualTo(Value.of("ab"));
    }

    @Test
    void caseAndReplace() {
        assertThat(call("toupper", "abc")).isEqualTo(Value.of("ABC"));
        assertThat(call("tolower", "ÀBC")).isEqualTo(Value.of("àbc"));
        assertThat(call("replace", "a-b-c", "-", "+")).isEqualTo(Value.of("a+b+c"));
        assertThat(call("replace", "a.b", ".", "")).isEqualTo(Value.of("ab"));
        assertThat(call("replace", "abc", "", "x")).isEqualTo(Value.of("abc"));
    }

    @Test
    void regexReplaceReplacesEveryMatch() {
        assertThat(call("regexReplace", "user=alice id=42 id=7", "id=\\d+", "id=?"))
                .isEqualTo(Value.of("user=alice id=? id=?"));
        assertThat(call("regexReplace", "2024-05-01", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"))
                .isEqualTo(Value.of("01/05/2024"));
        assertThat(call("regexReplace", "ab", "(?P<x>a)", "[${x}]")).isEqualTo(Value.of("[a]b"));
        assertThatThrownBy(() -> call("regexReplace", "ab", "(", "x")).isInstanceOf(FunctionException.class)
                .hasMessageContaining("invalid regex");
    }

    @Test
    void containsStartsEndsReturnOneOrZero() {
        assertThat(call("strcontains", "Init Duration: 5 ms", "Init Duration")).isEqualTo(Value.of(1));
        assertThat(call("strcontains", "abc", "B")).isEqualTo(Value.of(0));
        assertThat(call("strcontains", "abc", "B", true)).isEqualTo(Value.of(1));
        assertThat(call("startsWith", "abc", "ab")).isEqualTo(Value.of(1));
        assertThat(call("endsWith", "abc", "ab")).isEqualTo(Value.of(0));
        assertThat(call("strcontains", null, "x").isNull()).isTrue();
    }

    @Test
    void structuresCountAsNull() {
        Value map = Value.map(Map.of("a", Value.of(1)));
        assertThat(call("toupper", map).isNull()).isTrue();
        assertThat(call("strlen", Value.list(List.of(Value.of(1)))).isNull()).isTrue();
    }

    @Test
    void encodings() {
        assertThat(call("urlencode", "a b&c=d/é")).isEqualTo(Value.of("a%20b%26c%3Dd%2F%C3%A9"));
        assertThat(call("urldecode", "a%20b+c%C3%A9")).isEqualTo(Value.of("a b cé"));
        assertThat(call("urldecode", "%zz").isNull()).isTrue();
        assertThat(call("base64encode", "hello")).isEqualTo(Value.of("aGVsbG8="));
        assertThat(call("base64decode", "aGVsbG8=")).isEqualTo(Value.of("hello"));
        assertThat(call("base64decode", "-_8")).isEqualTo(Value.NULL); // 0xfb 0xff is not UTF-8
        assertThat(call("base64decode", "!!!").isNull()).isTrue();
    }

    @Test
    void splitIntoAList() {
        assertThat(((ListValue) call("split", "a,b,,c", ",")).items())
                .containsExactly(Value.of("a"), Value.of("b"), Value.of(""), Value.of("c"));
        assertThat(((ListValue) call("split", "a::b", "::")).size()).isEqualTo(2);
        assertThat(((ListValue) call("split", "ab", "")).items()).containsExactly(Value.of("a"), Value.of("b"));
    }

    @Test
    void hexConversions() {
        assertThat(call("hexToDec", "0xff")).isEqualTo(Value.of(255));
        assertThat(call("hexToDec", "FF")).isEqualTo(Value.of(255));
        assertThat(call("hexToDec", "-0x10")).isEqualTo(Value.of(-16));
        assertThat(call("hexToDec", "0xzz").isNull()).isTrue();
        assertThat(call("decToHex", 255)).isEqualTo(Value.of("0xff"));
        assertThat(call("decToHex", -255)).isEqualTo(Value.of("-0xff"));
        assertThat(call("decToHex", 255.9)).isEqualTo(Value.of("0xff"));
        assertThat(call("decToHex", "x").isNull()).isTrue();
        assertThat(call("hexToAscii", "48656c6c6f")).isEqualTo(Value.of("Hello"));
        assertThat(call("hexToAscii", "0x4869")).isEqualTo(Value.of("Hi"));
        assertThat(call("hexToAscii", "486").isNull()).isTrue();
    }
}
