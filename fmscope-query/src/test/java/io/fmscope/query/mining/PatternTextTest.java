package io.fmscope.query.mining;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.patterns.Template;
import io.fmscope.patterns.TemplateMiner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** @PatternId, @regexString and the extraction of variable values. */
class PatternTextTest {

    /** Mines the lines and returns the template of the first one. */
    private static Template mine(String... lines) {
        TemplateMiner miner = new TemplateMiner();
        long id = 0;
        for (int i = 0; i < lines.length; i++) {
            long got = miner.add(lines[i]).templateId();
            if (i == 0) id = got;
        }
        return miner.template(miner.resolve(id)).orElseThrow();
    }

    @Test
    void patternIdIsAHashOfTheText() throws Exception {
        String text = "connect from <IPAddress-1> port <Number-2>";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        assertThat(PatternText.id(text)).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
        assertThat(PatternText.id(text + " ")).isNotEqualTo(PatternText.id(text));
    }

    @Test
    void theRegexFindsEveryLineOfItsTemplateAndNotOthers() {
        List<String> lines = List.of("ERROR redis.exceptions.ConnectionError: Error 111 connecting to 10.0.3.17:6379.",
                "ERROR redis.exceptions.ConnectionError: Error 104 connecting to 10.0.3.18:6380.");
        Template t = mine(lines.toArray(String[]::new));
        Pattern re = Pattern.compile(PatternText.regex(t));
        for (String line : lines) assertThat(re.matcher("prefix " + line).find()).as(line).isTrue();
        assertThat(re.matcher("ERROR redis.exceptions.TimeoutError: Error 111 connecting to 10.0.3.17:6379.").find())
                .isFalse();
        assertThat(PatternText.regex(t)).startsWith("ERROR\\s+redis\\.exceptions\\.ConnectionError\\:\\s+Error\\s+");
    }

    @Test
    void extractionReadsValuesWithFramesUnitsAndGluedTokens() {
        Template t = mine("took 12 ms (uid=509) a=1,b=2 at /var/log/app.log", "took 1.2 KB (uid=7) a=3,b=4 at /tmp/x");
        assertThat(t.typedPattern()).isEqualTo("took <Number-1> (uid=<Number-2>) a=<Number-3>,b=<Number-4> at <Path-5>");
        TokenExtractor x = new TokenExtractor(t);
        assertThat(x.values("took 12 ms (uid=509) a=1,b=2 at /var/log/app.log"))
                .containsExactly("12 ms", "509", "1", "2", "/var/log/app.log");
        assertThat(x.values("took   1.2 KB (uid=7) a=3,b=4 at /tmp/x")).containsExactly("1.2 KB", "7", "3", "4", "/tmp/x");
        assertThat(x.values("took 12 ms (uid=509) a=1,b=2")).as("a line of another length").isNull();
    }

    @Test
    void aPathologicalLineGivesUpInsteadOfHanging() {
        Template t = mine("x 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 end",
                "x 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 end");
        String hostile = "x" + " 1".repeat(5000) + " nope";
        assertThat(new TokenExtractor(t).values(hostile)).isNull();
    }
}
