package io.fmscope.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import io.fmscope.errors.catalog.ErrorCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiscoverPromoteCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    @TempDir Path dir;
    private Path events;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = Main.newCommandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** An hour of throttling and Redis errors as JSON lines, with a new kind in the last 20 minutes. */
    @BeforeEach
    void writeEvents() throws Exception {
        Random r = new Random(5);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 360; i++) {
            long at = START.toEpochMilli() + i * 10_000L;
            String msg = i % 3 == 0
                ? "redis.exceptions.ConnectionError: Error 111 connecting to 10.0.3." + r.nextInt(200) + ":6379. Connection refused."
                : "An error occurred (ThrottlingException) when calling the InvokeModel operation: Rate exceeded";
            lines.add(event(at, msg, i % 3 == 0 ? "redis" : "bedrock", "sess-" + r.nextInt(30)));
            if (i >= 240 && i % 4 == 0) {
                lines.add(event(at + 1, "MangaIndexCorruptedError: shard " + (i % 5) + " checksum mismatch at offset " + i * 512,
                    "opensearch", "sess-new-" + (i % 3)));
            }
        }
        lines.add("");
        events = Files.write(dir.resolve("errors.jsonl"), lines);
    }

    private static String event(long at, String message, String service, String session) throws Exception {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("timestamp", at);
        m.put("message", message);
        m.put("service", service);
        m.put("model_id", "anthropic.claude-3-haiku-20240307-v1:0");
        m.put("session_id", session);
        return JSON.writeValueAsString(m);
    }

    @Test
    void discoverPrintsKnownAndNewTemplatesWithCountsFirstSeenAndTrend() {
        Run r = run("errors", "discover", events.toString());

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Log group default: 390 errors, 3 templates (2 known, 1 new)");
        assertThat(lines.get(1)).startsWith("STATUS").contains("FIRST_SEEN", "TREND", "CATALOG", "PATTERN");
        assertThat(lines.get(2)).startsWith("new").contains(" 30 ", "2024-05-01T10:40:00.001Z", "increasing",
            "MangaIndexCorruptedError: shard <*> checksum mismatch at offset <*>");
        assertThat(r.out()).contains("EP-001").contains("EP-007").contains("1 lines held no error message")
            .contains("fmscope errors promote");
    }

    @Test
    void discoverJsonHasTheStatisticsAndThePromptOfNewTemplates() throws Exception {
        JsonNode doc = JSON.readTree(run("errors", "discover", events.toString(), "--format", "json").out());

        JsonNode g = doc.get("groups").get(0);
        assertThat(g.get("events").asLong()).isEqualTo(390);
        JsonNode fresh = g.get("templates").get(0);
        assertThat(fresh.get("status").asText()).isEqualTo("new");
        assertThat(fresh.get("count").asLong()).isEqualTo(30);
        assertThat(fresh.get("sessions").get("distinct").asInt()).isEqualTo(3);
        assertThat(fresh.get("token_types")).hasSize(2);
        assertThat(fresh.get("trend").get("direction").asText()).isEqualTo("increasing");
        assertThat(fresh.get("assistant_prompt").asText()).contains("Suggest a root cause and remediation");
        JsonNode known = g.get("templates").get(1);
        assertThat(known.get("status").asText()).isEqualTo("known");
        assertThat(known.get("catalog_pattern_id").asText()).isEqualTo("EP-001");
        assertThat(known.has("assistant_prompt")).isFalse();
    }

    @Test
    void promoteWritesTheUserCatalogAndTheTemplateIsKnownOnTheNextRun() throws Exception {
        JsonNode before = JSON.readTree(run("errors", "discover", events.toString(), "--format", "json").out());
        long id = before.get("groups").get(0).get("templates").get(0).get("template_id").asLong();
        Path userFile = dir.resolve("my-catalog.yaml");

        Run p = run("errors", "promote", "--from", events.toString(), "--template", Long.toString(id),
            "--id", "USR-001", "--category", "RAG_RETRIEVAL", "--remediation", "FALLBACK_RESPONSE", "--catalog", userFile.toString());

        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).contains("Added USR-001 to " + userFile, "remediation FALLBACK_RESPONSE",
            "is now known, classified as USR-001", "placeholders marked TODO");
        assertThat(ErrorCatalog.load(List.of(userFile)).find("USR-001").orElseThrow().category()).isEqualTo("RAG_RETRIEVAL");
        assertThat(Files.readString(userFile)).contains("# TODO: why it happens");

        Run after = run("errors", "discover", events.toString(), "--catalog", userFile.toString());
        assertThat(after.out()).startsWith("Log group default: 390 errors, 3 templates (3 known, 0 new)")
            .contains("USR-001").doesNotContain("\nnew ");
    }

    @Test
    void promoteRefusesKnownTemplatesAndUnknownIds() throws Exception {
        JsonNode before = JSON.readTree(run("errors", "discover", events.toString(), "--format", "json").out());
        long known = before.get("groups").get(0).get("templates").get(1).get("template_id").asLong();
        Path userFile = dir.resolve("my-catalog.yaml");

        Run k = run("errors", "promote", "--from", events.toString(), "--template", Long.toString(known),
            "--category", "X", "--catalog", userFile.toString());
        Run u = run("errors", "promote", "--from", events.toString(), "--template", "999",
            "--category", "X", "--catalog", userFile.toString());

        assertThat(k.exit()).isEqualTo(1);
        assertThat(k.err()).contains("already known", "EP-00");
        assertThat(u.exit()).isEqualTo(1);
        assertThat(u.err()).contains("no template 999");
        assertThat(userFile).doesNotExist();
    }

    @Test
    void stateKeepsTemplateIdsAcrossRunsAndPromptPrintsTheAssistantPrompt() throws Exception {
        Path state = dir.resolve("state");
        Run first = run("errors", "discover", events.toString(), "--state", state.toString(), "--format", "json");
        long id = JSON.readTree(first.out()).get("groups").get(0).get("templates").get(0).get("template_id").asLong();
        Path more = Files.write(dir.resolve("more.txt"), List.of("MangaIndexCorruptedError: shard 1 checksum mismatch at offset 9"));

        Run second = run("errors", "discover", more.toString(), "--state", state.toString(), "--format", "json");
        Run prompt = run("errors", "discover", more.toString(), "--prompt", "1");

        JsonNode fresh = JSON.readTree(second.out()).get("groups").get(0).get("templates").get(0);
        assertThat(fresh.get("template_id").asLong()).isEqualTo(id);
        assertThat(fresh.get("count").asLong()).isEqualTo(31);
        assertThat(prompt.exit()).isZero();
        assertThat(prompt.out()).startsWith("## New error pattern").contains("MangaIndexCorruptedError");
    }

    @Test
    void badInputIsAClearError() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.writeString(state.resolve("default.discovery.json"), "{ broken");

        assertThat(run("errors", "discover", dir.resolve("missing.jsonl").toString()).err()).contains("cannot read");
        assertThat(run("errors", "discover", events.toString(), "--window", "soon").err()).contains("--window must be");
        Run corrupt = run("errors", "discover", events.toString(), "--state", state.toString());
        assertThat(corrupt.exit()).isEqualTo(2);
        assertThat(corrupt.err()).contains("discovery state of default");
    }
}
