package io.fmscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BadInputTest {
    @Test
    void aOneMegabyteLineIsMinedWithBoundedState() {
        TemplateMiner m = new TemplateMiner();
        StringBuilder sb = new StringBuilder("payload");
        while (sb.length() < 1 << 20) sb.append(" word").append(sb.length() % 7 == 0 ? "x" : "");
        String big = sb.toString();
        long id = m.add(big).templateId();
        assertThat(m.add(big).templateId()).isEqualTo(id);
        Template t = m.template(id).orElseThrow();
        assertThat(t.tokens()).hasSize(MinerConfig.defaults().maxTokens()); // the rest is one variable token
        assertThat(t.tokens().get(t.tokens().size() - 1).dynamic()).isTrue();
        assertThat(t.samples().get(0)).hasSizeLessThanOrEqualTo(MinerConfig.defaults().maxSampleChars() + 1);
        String oneToken = "x".repeat(1 << 20);
        assertThat(m.template(m.add(oneToken).templateId()).orElseThrow().pattern()).isEqualTo("<*>");
    }

    @Test
    void binaryBytesNeverCrash() {
        TemplateMiner m = new TemplateMiner();
        Random r = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            m.add(new String(b, i % 2 == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        assertThat(m.lineCount()).isEqualTo(2_000);
        assertThat(m.templates().stream().mapToLong(Template::count).sum() + m.overflowCount()).isEqualTo(2_000);
    }

    @Test
    void aMillionDistinctIdsMakeOneTemplate() {
        TemplateMiner m = new TemplateMiner();
        for (int i = 0; i < 1_000_000; i++) m.add("request req-" + Integer.toHexString(i * 31) + "x" + i + " accepted");
        assertThat(m.templateCount()).isEqualTo(1);
        assertThat(m.templates().get(0).count()).isEqualTo(1_000_000);
        assertThat(m.indexSize()).isLessThan(100);
    }

    @Test
    void aMillionDistinctUnmaskableLinesStayUnderTheCaps() {
        MinerConfig config = MinerConfig.defaults().withMaxTemplates(1_000).withKeyCacheSize(5_000);
        TemplateMiner m = new TemplateMiner(config);
        Random r = new Random(7);
        char[] w = new char[10];
        long maxIndex = 0;
        for (int i = 0; i < 1_000_000; i++) {
            for (int k = 0; k < w.length; k++) w[k] = (char) ('a' + r.nextInt(26));
            m.add(new String(w) + " " + new String(w, 0, 5) + "zz"); // two words, nothing to mask or merge
            if (i % 50_000 == 0) maxIndex = Math.max(maxIndex, m.indexSize());
        }
        assertThat(m.templateCount()).isEqualTo(1_000);
        assertThat(m.overflowCount()).isEqualTo(1_000_000 - 1_000);
        assertThat(m.templates().stream().mapToLong(Template::count).sum() + m.overflowCount()).isEqualTo(1_000_000);
        // cache + live templates + shapes (two per two-token template) + aliases, all capped
        assertThat(Math.max(maxIndex, m.indexSize())).isLessThanOrEqualTo(5_000 + 1_000 + 2 * 1_000);
    }
}
