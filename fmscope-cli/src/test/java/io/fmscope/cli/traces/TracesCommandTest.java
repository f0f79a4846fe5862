package io.fmscope.cli.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.cli.Main;
import io.fmscope.model.trace.TraceId;
import io.fmscope.server.FmscopeServer;
import io.fmscope.server.ServerConfig;
import io.fmscope.server.insights.ReferenceInsightsEngine;
import io.fmscope.server.spans.TracingConfig;
import io.fmscope.storage.memory.MemoryLogStore;
import io.fmscope.storage.trace.memory.MemoryTraceStore;
import io.fmscope.traces.synthetic.SyntheticRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code fmscope traces ...} against a real server holding 30 minutes of traffic with a retry storm and a slow search. */
class TracesCommandTest {
    static final long NOW = 1_780_001_800_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static FmscopeServer server;
    static String url;

    @BeforeAll static void start() {
        MemoryTraceStore traces = new MemoryTraceStore();
        SplittableRandom r = new SplittableRandom(9);
        for (long t = NOW - 30 * MINUTE; t < NOW; t += 1_000_000_000L) {
            int minute = (int) ((t - NOW + 30 * MINUTE) / MINUTE);
            var b = SyntheticRequest.of(TraceId.newXRay(t / 1_000_000_000L, r), t).cache(2).session(5)
                    .search(minute >= 15 && r.nextDouble() < 0.3 ? 2600 : 40);
            if (minute >= 25 && minute < 28) b.model("anthropic.claude-3-haiku", 30, 0, 0, 0).status(429);
            b.model("anthropic.claude-3-haiku", 700, 300, 100, 0.001).deliver(10);
            traces.writer().write(b.build());
        }
        server = FmscopeServer.start(ServerConfig.defaults().withPort(0)
                        .withTracing(TracingConfig.defaults().withDaemonPort(TracingConfig.DISABLED)),
                new MemoryLogStore(), traces, new ReferenceInsightsEngine(),
                Clock.fixed(Instant.ofEpochSecond(0, NOW), ZoneOffset.UTC));
        url = "http://127.0.0.1:" + server.port();
    }

    @AfterAll static void stop() {
        server.close();
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test void mapPrintsNodesAndEdges() {
        Result r = run("traces", "map", "--server", url, "--since", "30m");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("1800 traces from ").contains("NODE").contains("Bedrock").contains("THROTTLE")
                .contains("manga-assist-orchestrator  Bedrock");
    }

    @Test void hotspotsRankTheSlowSearchFirst() {
        Result r = run("traces", "hotspots", "--server", url, "--since", "15m", "--baseline", "15m");
        assertThat(r.code()).isZero();
        String firstRow = r.out().lines().filter(l -> l.trim().startsWith("1 ")).findFirst().orElseThrow();
        assertThat(firstRow).contains("OpenSearch");
    }

    @Test void retriesRankTheStormFirstAsJsonToo() throws Exception {
        Result text = run("traces", "retries", "--server", url, "--since", "30m");
        assertThat(text.code()).isZero();
        assertThat(text.out().lines().filter(l -> l.trim().startsWith("1 ")).findFirst().orElseThrow()).contains("Bedrock")
                .contains(Instant.ofEpochSecond(NOW / 1_000_000_000L - 300).toString());
        Result json = run("traces", "retries", "--server", url, "--since", "30m", "--format", "json");
        JsonNode storm = new ObjectMapper().readTree(json.out()).get("storms").get(0);
        assertThat(storm.get("target").asText()).isEqualTo("Bedrock");
        assertThat(storm.get("startNanos").asLong()).isEqualTo(NOW - 5 * MINUTE);
    }

    @Test void throttlesAndColdStartsAnswer() {
        Result t = run("traces", "throttles", "--server", url, "--since", "30m", "--bin", "1m");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("anthropic.claude-3-haiku");
        Result c = run("traces", "coldstarts", "--server", url, "--since", "30m");
        assertThat(c.code()).isZero();
        assertThat(c.out()).contains("manga-assist-orchestrator");
    }

    @Test void errorsAreReportedNotThrown() {
        Result bad = run("traces", "map", "--server", url, "--since", "soon");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("400").contains("since must be a duration");
        Result down = run("traces", "map", "--server", "http://127.0.0.1:1");
        assertThat(down.code()).isEqualTo(1);
        assertThat(down.err()).contains("cannot reach");
        assertThat(run("traces", "map", "--server", url, "--format", "xml").code()).isEqualTo(2);
    }
}
