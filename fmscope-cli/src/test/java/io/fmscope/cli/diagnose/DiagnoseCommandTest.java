package io.fmscope.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.cli.Main;
import io.fmscope.incidents.Incident;
import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.incidents.json.IncidentJson;
import io.fmscope.model.log.LogEvent;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.storage.memory.MemoryLogStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code fmscope diagnose} against a real server holding a throttling burst. */
class DiagnoseCommandTest {
    private static FmscopeServer server;
    private static String url;
    private static Incident incident;

    @BeforeAll static void serverWithAnIncident() throws Exception {
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0), new MemoryLogStore(), new ReferenceInsightsEngine(),
                Clock.systemUTC());
        url = "http://127.0.0.1:" + server.port();
        long start = Instant.now().minusSeconds(1500).toEpochMilli();
        server.store().groups().create("/ecs/manga-assist", start);
        server.store().streams().create("/ecs/manga-assist", "task-1", start);
        List<LogEvent> events = calls(start, 20 * 60, 600, 900);
        for (int i = 0; i < events.size(); i += 2000)
            server.store().writer().append(events.subList(i, Math.min(events.size(), i + 2000)));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (server.incidents().incidents().isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        incident = server.incidents().incidents().getFirst();
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void textNamesTheCauseWithEvidenceRemediationAndPrompt() {
        Run r = run("diagnose", "--server", url, "--incident", incident.id());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Diagnosis of " + incident.id(), "#1  MODEL_THROTTLE at bedrock - Bedrock Throttling (EP-001, ThrottlingException)",
                "Evidence: ", "| filter log_type = \"FM_CALL\"", "bin(1m)", "Requests: req-", "Remediation (RETRY_WITH_BACKOFF):",
                "1. Implement exponential backoff with jitter", "Assistant prompt:", "## Error: Bedrock Throttling (EP-001)");
    }

    @Test void jsonIsTheServersDiagnosis() throws Exception {
        Run r = run("diagnose", "--server", url + "/", "--since", "12m", "--format", "json");
        assertThat(r.code).as(r.err).isZero();
        Diagnosis d = IncidentJson.MAPPER.readValue(r.out, Diagnosis.class);
        assertThat(d.incidentId()).isNull();
        assertThat(d.hypotheses()).isNotEmpty();
        assertThat(d.hypotheses().getFirst().category()).isEqualTo("MODEL_THROTTLE");
    }

    @Test void errorsAreMessagesWithExitCodes() {
        Run unknown = run("diagnose", "--server", url, "--incident", "INC-nope");
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.err).contains("the server answered 404: no incident INC-nope");
        Run bad = run("diagnose", "--server", url, "--since", "soon");
        assertThat(bad.code).isEqualTo(1);
        assertThat(bad.err).contains("since must be a duration");
        assertThat(run("diagnose", "--server", url, "--since", "5m", "--incident", "X").code).isEqualTo(2);
        assertThat(run("diagnose", "--server", url, "--format", "xml").code).isEqualTo(2);
        Run down = run("diagnose", "--server", "http://127.0.0.1:1");
        assertThat(down.code).isEqualTo(1);
        assertThat(down.err).contains("cannot reach http://127.0.0.1:1");
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

    /** FM calls at 12/s; 0.5% throttled, 30% between {@code burstFrom} and {@code burstTo} seconds. */
    private static List<LogEvent> calls(long start, int seconds, int burstFrom, int burstTo) {
        SplittableRandom r = new SplittableRandom(9);
        List<LogEvent> out = new ArrayList<>();
        int n = 0;
        for (long t = 0; t < seconds * 1000L; t += 1000 / 12) {
            double s = t / 1000.0;
            boolean throttled = r.nextDouble() < (s >= burstFrom && s < burstTo ? 0.3 : 0.005);
            double bedrock = 900 * Math.exp(0.3 * r.nextGaussian());
            String error = throttled ? ",\"error\":{\"error_type\":\"ThrottlingException\",\"error_code\":\"ThrottlingException\","
                    + "\"error_message\":\"Too many requests, please wait before trying again.\",\"upstream_service\":\"bedrock\"}" : "";
            String json = String.format(Locale.ROOT, "{\"log_type\":\"FM_CALL\",\"metadata\":{\"request_id\":\"req-%d\","
                    + "\"trace_id\":\"%032x\"},\"status\":\"%s\",\"latency\":{\"total_e2e_ms\":%.1f,\"bedrock_invoke_ms\":%.1f},"
                    + "\"cost\":{\"total_cost_usd\":0.0012,\"was_cached\":false}%s}",
                    n, (long) n, throttled ? "THROTTLED" : "SUCCESS", bedrock + 300, bedrock, error);
            out.add(LogEvent.of(start + t, json, "task-1", "/ecs/manga-assist", "e" + n++));
        }
        return out;
    }
}
