package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every {@code fmscope traces} analysis shares: server, window, output format, and the call itself. */
abstract class AnalyticsCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "fmscope server, e.g. http://127.0.0.1:4580")
    String server;

    @Option(names = "--since", defaultValue = "15m", paramLabel = "DURATION",
        description = "analyse traces that started this long ago until now (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    abstract String path();

    /** Parameters besides {@code since}. */
    abstract Map<String, String> parameters();

    abstract String text(JsonNode body);

    @Override public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not " + format);
        }
        Map<String, String> q = new LinkedHashMap<>();
        q.put("since", since);
        q.putAll(parameters());
        JsonNode body;
        try {
            body = new AnalyticsClient(server).get(path(), q);
        } catch (AnalyticsClient.AnalyticsException e) {
            spec.commandLine().getErr().println("fmscope traces: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? body.toPrettyString() + "\n" : text(body));
        out.flush();
        return 0;
    }

    static String time(JsonNode nanos) {
        long n = nanos.asLong();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L)).toString();
    }

    static String ms(JsonNode v) {
        return String.format(Locale.ROOT, "%.1f", v.asDouble());
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
