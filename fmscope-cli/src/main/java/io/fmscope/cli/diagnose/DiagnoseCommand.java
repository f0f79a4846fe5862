package io.fmscope.cli.diagnose;

import io.fmscope.incidents.diagnose.Diagnosis;
import io.fmscope.incidents.json.IncidentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fmscope diagnose --server URL [--since 15m | --incident ID] [--format text|json]}: asks a server for the
 * ranked root-cause hypotheses of an incident or of the last stretch of data. Exit codes: 0 a diagnosis was
 * printed (with or without hypotheses), 1 the server could not answer, 2 bad options.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Ranked root-cause hypotheses for an incident or a time range, from a running fmscope server.",
                "Each hypothesis has its catalog category and component, when it started, a confidence, the Logs Insights",
                "queries that show it with their results, example request/trace ids, remediation steps and an assistant prompt."})
public final class DiagnoseCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    @Spec CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:4580",
            description = "The fmscope server (default: ${DEFAULT-VALUE}).")
    String server;

    @Option(names = "--since", paramLabel = "DURATION",
            description = "Diagnose the last DURATION of data time (e.g. 15m, 1h; default 15m).")
    String since;

    @Option(names = "--incident", paramLabel = "ID", description = "Diagnose this incident (see GET /api/incidents).")
    String incident;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for the server (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (since != null && incident != null) return usage(err, "give --since or --incident, not both");
        if (!format.equals("text") && !format.equals("json")) return usage(err, "--format takes text or json, not " + format);
        URI uri;
        try {
            uri = URI.create(server.replaceAll("/+$", "") + "/api/diagnose?" + (incident != null
                    ? "incident=" + URLEncoder.encode(incident, StandardCharsets.UTF_8)
                    : "since=" + URLEncoder.encode(since == null ? "15m" : since, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return usage(err, "--server is not a URL: " + server);
        }
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(timeoutSeconds)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) return failed(err, "the server answered " + r.statusCode() + ": " + message(r.body()));
            if (format.equals("json")) out.println(r.body());
            else out.print(DiagnosisText.render(IncidentJson.MAPPER.readValue(r.body(), Diagnosis.class), true));
            out.flush();
            return EXIT_OK;
        } catch (IOException e) {
            return failed(err, "cannot reach " + server + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(err, "interrupted");
        }
    }

    private static String message(String body) {
        try {
            return IncidentJson.MAPPER.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("fmscope diagnose: " + message);
        err.flush();
        return EXIT_USAGE;
    }

    private static int failed(PrintWriter err, String message) {
        err.println("fmscope diagnose: " + message);
        err.flush();
        return EXIT_FAILED;
    }
}
