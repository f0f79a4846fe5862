package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fmscope.errors.catalog.ErrorCatalog;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryPersistenceTest {
    private static final String GROUP = "/ecs/manga-assist/orchestrator";
    @TempDir Path dir;

    private ErrorDiscovery open(TestClock clock) {
        return new ErrorDiscovery(ErrorCatalog.builtIn(), DiscoveryConfig.defaults(), clock, new DiscoveryStore(dir));
    }

    @Test
    void discoveredIdsAndStatisticsSurviveARestart() {
        ErrorStream stream = new ErrorStream(GROUP, 300, 20);
        TestClock clock = new TestClock(ErrorStream.START.plus(Duration.ofHours(1)));
        ErrorDiscovery before = open(clock);
        for (ErrorEvent e : stream.all) before.observe(e);
        before.save();
        DiscoveryReport was = before.report(GROUP);
        assertThat(new DiscoveryStore(dir).fileFor(GROUP)).exists();

        ErrorDiscovery after = open(clock);
        DiscoveryReport is = after.report(GROUP);

        assertThat(is.events()).isEqualTo(320);
        assertThat(is.patterns()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("catalogEntry")
            .containsExactlyElementsOf(was.patterns());
        DiscoveredPattern fresh = was.discovered().getFirst();
        // the same error kind after the restart lands in the same discovered pattern
        Observation o = after.observe(ErrorEvent.builder(String.format(ErrorStream.NEW_KIND, 9, 1))
            .logGroup(GROUP).timestamp(ErrorStream.START.plus(Duration.ofMinutes(59))).sessionId("sess-late").build());
        assertThat(o.templateId()).isEqualTo(fresh.templateId());
        assertThat(o.firstOfTemplate()).isFalse();
        DiscoveredPattern grown = after.pattern(GROUP, fresh.templateId()).orElseThrow();
        assertThat(grown.count()).isEqualTo(21);
        assertThat(grown.firstSeen()).isEqualTo(fresh.firstSeen());
        assertThat(grown.sessions().distinct()).isEqualTo(6);
        assertThat(after.logGroups()).containsExactly(GROUP);
    }

    @Test
    void groupsAreStoredInSeparateFilesAndACorruptFileNamesItsGroup() throws Exception {
        ErrorDiscovery d = open(new TestClock(ErrorStream.START));
        for (String g : List.of("/a", "/b")) d.observe(ErrorEvent.builder("index shard 3 lost").logGroup(g).build());
        d.save();
        DiscoveryStore store = new DiscoveryStore(dir);
        assertThat(store.fileFor("/a")).exists();
        assertThat(store.fileFor("/b")).exists();

        Files.writeString(store.fileFor("/a"), "{ not json");
        assertThatThrownBy(() -> open(new TestClock(ErrorStream.START)).report("/a"))
            .isInstanceOf(UncheckedIOException.class).hasMessageContaining("/a");
        // observing never throws: the event is reported as not mined (template -1)
        assertThat(open(new TestClock(ErrorStream.START)).observe(ErrorEvent.builder("x y z").logGroup("/a").build())
            .templateId()).isEqualTo(-1);
    }
}
