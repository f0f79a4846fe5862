package io.fmscope.cli.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ErrorsCommandTest {
    @TempDir Path dir;

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

    @Test
    void classifyPrintsAnAlignedTableAndExitsZero() {
        Run r = run("errors", "classify",
                "An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests",
                "--service", "bedrock", "--status", "429");

        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("RANK  CATEGORY").contains("PATTERN", "CONFIDENCE", "MATCHED_BY", "REMEDIATION");
        assertThat(lines[1]).contains("MODEL_THROTTLE", "EP-001", "0.99", "error_code:ThrottlingException", "RETRY_WITH_BACKOFF");
        assertThat(lines[2]).contains("RETRY_EXHAUSTED", "EP-030");
        assertThat(lines[1].indexOf("EP-001")).isEqualTo(lines[0].indexOf("PATTERN"));
        assertThat(lines[2].indexOf("EP-030")).isEqualTo(lines[0].indexOf("PATTERN"));
    }

    @Test
    void classifyJsonIsParseableAndRanked() throws IOException {
        Run r = run("errors", "classify", "Input is too long for requested model.",
                "--code", "ValidationException", "--service", "bedrock", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(r.exit()).isZero();
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("pattern_id").asText()).isEqualTo("EP-003");
        assertThat(json.get(0).get("category").asText()).isEqualTo("TOKEN_LIMIT");
        assertThat(json.get(0).get("remediation").asText()).isEqualTo("TRUNCATE_CONTEXT");
        assertThat(json.get(0).get("confidence").asDouble()).isGreaterThan(json.get(1).get("confidence").asDouble());
    }

    @Test
    void noMatchExitsOne() {
        Run text = run("errors", "classify", "User logged in");
        Run json = run("errors", "classify", "User logged in", "--format", "json");

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("No catalog entry matched");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void catalogListsEveryEntryAndAcceptsUserFiles() throws IOException {
        Path extra = Files.writeString(dir.resolve("mine.yaml"), """
                patterns:
                  - pattern_id: "MA-001"
                    category: "PAYMENT"
                    name: "Payment provider declined"
                    description: "The payment API rejected the card"
                    regex_patterns: ['card_declined']
                    error_codes: []
                    root_cause: "Issuer declined"
                    impact: "Order not placed"
                    remediation: "NO_ACTION"
                    remediation_steps: ["1. Ask for another card"]
                    severity: "LOW"
                    is_transient: false
                    expected_frequency: "1% of checkouts"
                    assistant_prompt: "How do I handle card_declined?"
                    upstream_services: ["app"]
                """);

        Run builtIn = run("errors", "catalog");
        Run extended = run("errors", "catalog", "--catalog", extra.toString());
        Run classified = run("errors", "classify", "stripe: card_declined", "--catalog", extra.toString());

        assertThat(builtIn.exit()).isZero();
        assertThat(builtIn.out()).contains("EP-001", "EP-032", "ThrottlingException", "32 entries");
        assertThat(extended.out()).contains("MA-001", "PAYMENT", "33 entries");
        assertThat(classified.exit()).isZero();
        assertThat(classified.out()).contains("PAYMENT", "MA-001");
    }

    @Test
    void catalogJsonUsesTheCatalogFieldNames() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("errors", "catalog", "--format", "json").out());

        assertThat(json.size()).isEqualTo(32);
        assertThat(json.get(0).get("pattern_id").asText()).isEqualTo("EP-001");
        assertThat(json.get(0).get("assistant_prompt").asText()).startsWith("Analyze this Bedrock ThrottlingException");
        assertThat(json.get(0).get("taxonomy_types").get(0).asText()).isEqualTo("ThrottlingException");
    }

    @Test
    void aBrokenCatalogFileExitsTwoAndNamesTheProblem() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "patterns:\n  - pattern_id: \"EP-001\"\n    regex_patterns: ['(']\n");

        Run r = run("errors", "classify", "ThrottlingException", "--catalog", bad.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml", "EP-001", "regex_patterns[0]");
    }

    @Test
    void promptPrintsTheAssistantPromptForTheBestMatch() {
        Run r = run("errors", "prompt", "redis.clients.jedis.exceptions.JedisClusterException: CLUSTERDOWN The cluster is down",
                "--service", "redis");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Redis Cache Connection Failure (EP-007)", "Service: redis",
                "ElastiCache Redis connection is dropping intermittently");
    }
}
