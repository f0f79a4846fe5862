package io.fmscope.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    private static final List<String> LINES = List.of(
        "Accepted password for alice from 10.0.0.1 port 5022 ssh2",
        "Invalid user bob from 10.0.0.2",
        "Invalid user carol from 10.0.0.3",
        "throttled by Bedrock model anthropic.claude-3-sonnet after 3 retries",
        "session opened for user dave by (uid=0)",
        "Invalid user erin from 10.0.0.9",
        "Accepted password for frank from 10.0.0.4 port 77 ssh2");

    @Test
    void templateIdsAreStableAcrossARestart(@TempDir Path dir) {
        TemplateStore store = new TemplateStore(dir);
        TemplateMiner first = store.open("/aws/lambda/manga-assist", MinerConfig.defaults());
        List<Long> before = mine(first);
        store.save("/aws/lambda/manga-assist", first.snapshot());
        assertThat(store.fileFor("/aws/lambda/manga-assist")).exists();

        TemplateMiner second = store.open("/aws/lambda/manga-assist", MinerConfig.defaults());
        assertThat(second.templates()).extracting(Template::id, Template::pattern, Template::count)
            .containsExactlyInAnyOrderElementsOf(first.templates().stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.id(), t.pattern(), t.count())).toList());
        List<Long> after = mine(second);
        assertThat(after).isEqualTo(before);
        long fresh = second.add("a line of a brand new kind").templateId();
        assertThat(before).doesNotContain(fresh);
    }

    @Test
    void logGroupsAreKeptApart(@TempDir Path dir) {
        TemplateStore store = new TemplateStore(dir);
        TemplateMiner a = new TemplateMiner();
        a.add("only in group a 1");
        store.save("group-a", a.snapshot());
        assertThat(store.load("group-b")).isEmpty();
        assertThat(store.load("group-a")).hasValueSatisfying(s -> assertThat(s.templates()).hasSize(1));
    }

    @Test
    void aCorruptFileIsAClearError(@TempDir Path dir) throws Exception {
        TemplateStore store = new TemplateStore(dir);
        Files.writeString(store.fileFor("g"), "{ not json");
        assertThatThrownBy(() -> store.load("g")).hasMessageContaining("cannot read templates of g");
    }

    private static List<Long> mine(TemplateMiner m) {
        List<Long> ids = new ArrayList<>();
        for (String l : LINES) ids.add(m.resolve(m.add(l).templateId()));
        return ids.stream().map(m::resolve).toList();
    }
}
