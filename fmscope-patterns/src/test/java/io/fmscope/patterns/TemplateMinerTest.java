package io.fmscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {
    @Test
    void linesThatDifferInMaskedValuesShareOneTemplate() {
        TemplateMiner m = new TemplateMiner();
        long a = m.add("Connection from 10.0.0.1 port 5022 closed").templateId();
        long b = m.add("Connection from 10.0.0.7 port 61 closed").templateId();
        assertThat(b).isEqualTo(a);
        Template t = m.template(a).orElseThrow();
        assertThat(t.pattern()).isEqualTo("Connection from <*> port <*> closed");
        assertThat(t.typedPattern()).isEqualTo("Connection from <IPAddress-1> port <Number-2> closed");
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.samples()).hasSize(2);
    }

    @Test
    void aPositionBecomesVariableOnlyAfterEnoughDistinctWords() {
        TemplateMiner m = new TemplateMiner();
        List<String> states = List.of("Started", "Stopped", "Paused", "Resumed");
        for (String s : states) m.add("[instance: 1f0e] VM " + s + " (Lifecycle Event)");
        assertThat(m.templateCount()).isEqualTo(4); // four states: still constants
        for (String s : List.of("alpha", "beta", "gamma", "delta", "epsilon")) m.add("job " + s + " finished in time");
        assertThat(m.templates()).extracting(Template::pattern).contains("job <*> finished in time");
        assertThat(m.templateCount()).isEqualTo(5);
    }

    @Test
    void aWordBesideAKnownVariableJoinsAtOnce() {
        TemplateMiner m = new TemplateMiner();
        long id = m.add("Failed none for invalid user 0 from 5.1.1.1 port 49811 ssh2").templateId();
        assertThat(m.add("Failed none for invalid user admin from 5.1.1.1 port 52631 ssh2").templateId()).isEqualTo(id);
        long host = m.add("authentication failure rhost=1.2.3.4 user=root").templateId();
        assertThat(m.add("authentication failure rhost=zummit.com user=root").templateId()).isEqualTo(host);
    }

    @Test
    void variableLengthParametersJoinTheirTemplate() {
        TemplateMiner m = new TemplateMiner();
        long a = m.add("h.example.com:80 close, 0 bytes sent, 0 bytes received, lifetime 00:01").templateId();
        long b = m.add("h.example.com:80 close, 1290 bytes (1.26 KB) sent, 9 bytes received, lifetime <1 sec")
            .templateId();
        assertThat(m.resolve(b)).isEqualTo(m.resolve(a));
        assertThat(m.template(a).orElseThrow().variableLength()).isTrue();
    }

    @Test
    void matchDoesNotChangeTheMiner() {
        TemplateMiner m = new TemplateMiner();
        long id = m.add("disk /dev/sda1 is 91% full").templateId();
        assertThat(m.match("disk /dev/sdb2 is 97% full")).map(Template::id).contains(id);
        assertThat(m.match("something else entirely")).isEmpty();
        assertThat(m.lineCount()).isEqualTo(1);
        assertThat(m.template(id).orElseThrow().count()).isEqualTo(1);
    }

    @Test
    void assignmentsReportWhatChanged() {
        TemplateMiner m = new TemplateMiner();
        assertThat(m.add("cache miss for key 12").change()).isEqualTo(Assignment.Change.CREATED);
        assertThat(m.add("cache miss for key 13").change()).isEqualTo(Assignment.Change.NONE);
    }

    @Test
    void emptyAndBlankLinesAreOneTemplate() {
        TemplateMiner m = new TemplateMiner();
        long a = m.add("").templateId();
        assertThat(m.add("   \t ").templateId()).isEqualTo(a);
        assertThat(m.template(a).orElseThrow().pattern()).isEmpty();
    }
}
