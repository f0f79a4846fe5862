package io.fmscope.cli.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PatternsCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = Main.newCommandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTemplatesWithCountsAsATable(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("app.log"), List.of(
            "Throttled by model claude-3 after 3 retries", "user 12 logged in", "user 13 logged in",
            "Throttled by model claude-3 after 5 retries", "user 99 logged in"));
        Run r = run("patterns", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("user <*> logged in").contains("Throttled by model <*> after <*> retries")
            .contains("5 lines, 2 templates, 0 in overflow, 0 skipped");
        assertThat(r.out().lines().filter(l -> l.contains("user <*> logged in")).findFirst().orElseThrow())
            .matches("\\s*\\d+\\s+3\\s+0\\.6000\\s+user <\\*> logged in");
    }

    @Test
    void readsCloudWatchEnvelopesAndPrintsJsonWithAssignments(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("events.jsonl"), List.of(
            "{\"timestamp\":1,\"message\":\"ERROR ThrottlingException rate exceeded for 10.0.0.1\"}",
            "{\"timestamp\":2,\"message\":\"INFO answered in 812 ms\"}",
            "{\"timestamp\":3,\"message\":\"ERROR ThrottlingException rate exceeded for 10.0.0.2\"}"));
        Run r = run("patterns", "--format", "json", "--assignments", f.toString());
        assertThat(r.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("lines").asLong()).isEqualTo(3);
        assertThat(doc.get("templates").get(0).get("pattern").asText())
            .isEqualTo("ERROR ThrottlingException rate exceeded for <*>");
        assertThat(doc.get("templates").get(0).get("typedPattern").asText()).endsWith("<IPAddress-1>");
        JsonNode a = doc.get("assignments");
        assertThat(a.get(0).asLong()).isEqualTo(a.get(2).asLong()).isNotEqualTo(a.get(1).asLong());
    }

    @Test
    void logFormatMinesOnlyTheContentAndAssignmentsAreStableWithState(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("hdfs.log"), List.of(
            "081109 203615 148 INFO dfs.DataNode$PacketResponder: Received block blk_38865049064139660 of size 67108864",
            "081109 203807 222 INFO dfs.DataNode$PacketResponder: Received block blk_-6952295868487656571 of size 3",
            "not a header at all"));
        String fmt = "<Date> <Time> <Pid> <Level> <Component>: <Content>";
        Path state = dir.resolve("state");
        Run first = run("patterns", "--log-format", fmt, "--assignments", "--state", state.toString(), f.toString());
        assertThat(first.code()).isZero();
        List<String> ids = first.out().lines().toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(ids.get(2)).isEqualTo("-");
        Run again = run("patterns", "--log-format", fmt, "--assignments", "--state", state.toString(), f.toString());
        assertThat(again.out().lines().toList()).isEqualTo(ids);
    }

    @Test
    void badArgumentsAreClearErrors(@TempDir Path dir) {
        assertThat(run("patterns", dir.resolve("missing.log").toString()).err()).contains("cannot read");
        assertThat(run("patterns", "--format", "xml", "x").err()).contains("--format must be text or json");
        assertThat(run("patterns", "--log-format", "<Date> <Time>", "x").err()).contains("no <Content>");
    }
}
