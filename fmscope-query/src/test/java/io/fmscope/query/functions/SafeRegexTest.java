package io.fmscope.query.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SafeRegexTest {

    @Test
    void compilesOncePerPattern() {
        assertThat(SafeRegex.compile("a+b")).isSameAs(SafeRegex.compile("a+b"));
        assertThat(SafeRegex.compile("a+b")).isNotSameAs(SafeRegex.compile("a+c"));
    }

    @Test
    void catastrophicBacktrackingIsStoppedNotHung() {
        // Java's engine memoizes simple nested quantifiers such as (a+)+b; this one is polynomial of degree 11
        // (25 fields took 450M character reads, 40 fields would run for hours without the budget).
        SafeRegex evil = SafeRegex.compile("(.*,){11}P");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(',');
        }
        String input = csv.toString();
        assertThatThrownBy(() -> evil.find(input))
                .isInstanceOf(RegexBudgetException.class)
                .isInstanceOf(FunctionException.class)
                .hasMessageContaining("(.*,){11}P").hasMessageContaining(input.length() + " characters");
        assertThat(evil.find("1,2,3,4,5,6,7,8,9,10,11,P")).isTrue();
    }

    @Test
    void linearWorkOnLongInputsStaysWithinBudget() {
        String line = "x".repeat(500_000) + " ERROR timeout";
        assertThat(SafeRegex.compile("ERROR\\s+\\w+").find(line)).isTrue();
        assertThat(SafeRegex.compile(".*timeout$").find(line)).isTrue();
    }

    @Test
    void groupsAndRe2NamedGroups() {
        Matcher m = SafeRegex.compile("(?P<level>[A-Z]+): (?<msg>.*)").matcher("WARN: disk 91%");
        assertThat(m.find()).isTrue();
        assertThat(m.group("level")).isEqualTo("WARN");
        assertThat(m.group("msg")).isEqualTo("disk 91%");
    }

    @Test
    void invalidPatternIsAFunctionError() {
        assertThatThrownBy(() -> SafeRegex.compile("a(b")).isInstanceOf(FunctionException.class)
                .hasMessageContaining("invalid regex /a(b/");
    }
}
