package io.fmscope.query.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class JavaRegexTest {

    @Test
    void renamesGroupsJavaRejectsAndMapsThemBack() {
        JavaRegex r = JavaRegex.translate("user=(?<user_id>\\w+) (?P<req-id>\\d+) (?<ok>x)");
        assertThat(r.groupNames()).containsExactly("user_id", "req-id", "ok");
        Matcher m = r.compile().matcher("user=bob_1 42 x");
        assertThat(m.find()).isTrue();
        assertThat(m.group(JavaRegex.internalName(0))).isEqualTo("bob_1");
        assertThat(m.group(JavaRegex.internalName(1))).isEqualTo("42");
    }

    @Test
    void leavesLookbehindsEscapesAndClassesAlone() {
        JavaRegex r = JavaRegex.translate("(?<=a)\\(?<b>[(?<c>]");
        assertThat(r.groupNames()).isEmpty();
        assertThat(r.javaSource()).isEqualTo("(?<=a)\\(?<b>[(?<c>]");
    }

    @Test
    void rejectsDuplicateNames() {
        assertThatThrownBy(() -> JavaRegex.translate("(?<a>x)(?<a>y)")).hasMessageContaining("duplicate");
    }
}
