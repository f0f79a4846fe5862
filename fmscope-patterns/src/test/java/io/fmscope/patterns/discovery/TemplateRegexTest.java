package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.errors.catalog.RegexRules;
import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplateRegexTest {
    /** Mines the lines into one template and derives its regex. */
    private static Pattern regexOf(String... lines) {
        TemplateMiner m = new TemplateMiner();
        long id = 0;
        for (String l : lines) id = m.add(l).templateId();
        Template t = m.template(id).orElseThrow();
        return RegexRules.compile(TemplateRegex.derive(t.tokens(), t.variableLength()));
    }

    @Test
    void constantsAreLiteralAndVariablesAreBoundedRuns() {
        Pattern p = regexOf("MangaIndexCorruptedError: shard 3 checksum mismatch at offset 123",
            "MangaIndexCorruptedError: shard 7 checksum mismatch at offset 99");

        assertThat(p.pattern()).isEqualTo("(?<!\\S)MangaIndexCorruptedError:\\s+shard\\s+\\S+(?:\\s+[A-Za-z%]{1,7})?"
            + "\\s+checksum\\s+mismatch\\s+at\\s+offset\\s+\\S+(?:\\s+[A-Za-z%]{1,7})?(?!\\S)");
        assertThat(p.matcher("ERROR [search] MangaIndexCorruptedError: shard 12 checksum mismatch at offset 4096").find()).isTrue();
        assertThat(p.matcher("MangaIndexCorruptedError:  shard 1\tchecksum mismatch at offset 5.").find()).isTrue();
        assertThat(p.matcher("XMangaIndexCorruptedError: shard 1 checksum mismatch at offset 5").find()).isFalse();
        assertThat(p.matcher("MangaIndexCorruptedError: shard 1 checksum mismatches at offset 5").find()).isFalse();
    }

    @Test
    void regexMetacharactersInTheTemplateAreEscaped() {
        Pattern p = regexOf("Failed to parse (json) [a+b]* at ${line}: 42", "Failed to parse (json) [a+b]* at ${line}: 43");

        assertThat(p.matcher("Failed to parse (json) [a+b]* at ${line}: 7").find()).isTrue();
        assertThat(p.matcher("Failed to parse json aab at line: 7").find()).isFalse();
    }

    @Test
    void quotedValuesNumbersWithUnitsAndVariableLengthTemplatesStillMatchTheirLines() {
        assertThat(regexOf("tag=\"View Lock\", reason=denied", "tag=\"Edit\", reason=denied")
            .matcher("tag=\"Another Lock Name\", reason=denied").find()).isTrue();
        assertThat(regexOf("sent 12 bytes to the index", "sent 1.2 KB to the index")
            .matcher("sent 3.4 MB to the index").find()).isTrue();
        Pattern varying = regexOf("h.example.com:80 close, 0 bytes sent, 0 bytes received, lifetime 00:01",
            "h.example.com:80 close, 1290 bytes (1.26 KB) sent, 9 bytes received, lifetime <1 sec");
        assertThat(varying.matcher("a.example.com:443 close, 77 bytes (0.08 KB) sent, 5 bytes received, lifetime 00:02").find())
            .isTrue();
    }

    @Test
    void controlCharactersBecomeHexEscapesThatYamlAccepts() {
        StringBuilder sb = new StringBuilder();
        TemplateRegex.escape(sb, "a\u0085b\u00e9");
        assertThat(sb.toString()).isEqualTo("a\\x{85}b\u00e9");
        assertThat(Pattern.compile(sb.toString()).matcher("a\u0085b\u00e9").matches()).isTrue();
    }

    @Test
    void secretsInATemplateSeenOnceDoNotBecomePartOfTheRegex() {
        Pattern p = regexOf("login failed for api password=hunter2 with header Bearer abcdefgh12345678");
        assertThat(p.pattern()).doesNotContain("hunter2").doesNotContain("abcdefgh12345678").contains("Bearer");
        assertThat(p.matcher("login failed for api password=other with header Bearer zzzzzzzzzzzz").find()).isTrue();
    }

    @Test
    void aTemplateWithoutEnoughConstantTextIsRefused() {
        TemplateMiner m = new TemplateMiner();
        Template t = m.template(m.add("42 10.0.0.1 0x1f").templateId()).orElseThrow();
        assertThatThrownBy(() -> TemplateRegex.derive(t.tokens(), false)).hasMessageContaining("too little constant text");
        assertThatThrownBy(() -> TemplateRegex.derive(List.of(), false)).hasMessageContaining("no constant text");
    }

    @Test
    void aVeryLongTemplateIsCutAtATokenBoundaryUnderTheCatalogLimit() {
        String line = "stage " + String.join(" ", java.util.Collections.nCopies(120, "segment"));
        TemplateMiner m = new TemplateMiner();
        Template t = m.template(m.add(line).templateId()).orElseThrow();
        String r = TemplateRegex.derive(t.tokens(), false);
        assertThat(r.length()).isLessThanOrEqualTo(RegexRules.MAX_REGEX_LENGTH);
        assertThat(r).endsWith("segment(?!\\S)");
        assertThat(RegexRules.compile(r).matcher(line).find()).isTrue();
    }
}
