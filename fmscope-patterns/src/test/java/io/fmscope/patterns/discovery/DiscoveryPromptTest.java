package io.fmscope.patterns.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.errors.catalog.ErrorCatalog;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiscoveryPromptTest {
    private static final String GROUP = "/ecs/manga-assist/orchestrator";

    private static DiscoveryReport report() {
        ErrorStream stream = new ErrorStream(GROUP, 300, 20);
        ErrorDiscovery d = new ErrorDiscovery(ErrorCatalog.builtIn(), new TestClock(ErrorStream.START.plus(Duration.ofHours(1))));
        for (ErrorEvent e : stream.all) d.observe(e);
        d.observe(ErrorEvent.builder("MangaIndexCorruptedError: shard 5 checksum mismatch at offset 8 password=hunter2")
            .logGroup(GROUP).timestamp(ErrorStream.START.plus(Duration.ofMinutes(50))).build());
        return d.report(GROUP);
    }

    @Test
    void theNewPatternsPromptGivesTheEvidenceAndAsksForARootCauseAndRemediation() {
        String prompt = report().discovered().getFirst().assistantPrompt();

        assertThat(prompt).startsWith("## New error pattern (not in the error catalog)")
            .contains("MangaIndexCorruptedError: shard <Number-1> checksum mismatch at offset <Number-2>")
            .contains("- Occurrences: 20 (first seen 2024-05-01T10:40:00Z")
            .contains("- Trend: increasing")
            .contains("- Affected models: anthropic.claude-3-sonnet-20240229-v1:0 (20)")
            .contains("- Affected sessions: 5")
            .contains("- Services: opensearch (20)")
            .contains("No error-catalog entry matched any of these 20 errors")
            .contains("Suggest a root cause and remediation")
            .contains("RETRY_WITH_BACKOFF", "severity (LOW, MEDIUM, HIGH, CRITICAL)")
            .doesNotContain("sess-new-"); // sessions are counted, not listed
    }

    @Test
    void aKnownPatternsPromptCarriesTheCatalogsKnowledgeAndSamplesAreRedacted() {
        DiscoveryReport r = report();
        String known = r.known().stream().filter(p -> "EP-001".equals(p.catalogPatternId())).findFirst().orElseThrow()
            .assistantPrompt();
        assertThat(known).startsWith("## Known error pattern").contains("Matches catalog entry EP-001", "Root cause:");

        String withSecret = r.patterns().stream().filter(p -> p.pattern().contains("password=")).findFirst().orElseThrow()
            .assistantPrompt();
        assertThat(withSecret).contains("password=[REDACTED]").doesNotContain("hunter2");
    }
}
