package io.fmscope.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo end to end, in-process: embedded server, simulator, detection, diagnosis, suggested commands. */
class DemoCommandTest {
    @TempDir Path dir;

    @Test void theScriptedIncidentIsDetectedDiagnosedAndQueryable() throws Exception {
        Path scenario = Path.of(DemoCommandTest.class.getResource("short-demo.yaml").toURI());
        Run r = run("demo", "--duration", "60s", "--speed", "30", "--scenario", scenario.toString(), "--data-dir", dir.toString());
        assertThat(r.code).as(r.out + r.err).isZero();
        assertThat(r.out).contains("fmscope demo: MangaAssist, scenario short-demo (13m simulated at 30.0x)",
                "req/s", "open incidents:",
                "#1  MODEL_THROTTLE at bedrock - Bedrock Throttling (EP-001, ThrottlingException)",
                "Remediation (RETRY_WITH_BACKOFF):", "The fmscope server is running at http://127.0.0.1:",
                "./fmscope diagnose --server http://127.0.0.1:", "--incident INC-",
                "Demo finished: the incident was detected and diagnosed.");
        assertThat(r.out).containsPattern("Incident INC-\\d{8}T\\d{6}Z detected at ");
        Path records = dir.resolve("records.jsonl");
        assertThat(Files.size(records)).isPositive();
        // The suggested queries run as printed, over the records the server also stored.
        for (String q : ExampleCommands.QUERIES) {
            assertThat(r.out).contains("./fmscope query '" + q + "' --file " + records);
            Run query = run("query", q, "--file", records.toString());
            assertThat(query.code).as(q + "\n" + query.err).isZero();
            assertThat(query.out.lines().count()).as(query.out).isGreaterThan(2);
        }
    }

    @Test void badOptionsAreUsageErrors() {
        assertThat(run("demo", "--duration", "soon").code).isEqualTo(2);
        assertThat(run("demo", "--speed", "fast").code).isEqualTo(2);
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
