package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmscope traces retries}: retry storms per target and the most retried requests. */
@Command(name = "retries", mixinStandardHelpOptions = true, description = "Retry storms: retries per request and per time bin above normal, per target.")
final class RetriesCommand extends AnalyticsCommand {
    @Option(names = "--bin", defaultValue = "1m", paramLabel = "DURATION", description = "time bin (default: ${DEFAULT-VALUE})")
    String bin;

    @Override String path() {
        return "/api/traces/retries";
    }

    @Override Map<String, String> parameters() {
        return Map.of("bin", bin);
    }

    @Override String text(JsonNode r) {
        TextTable storms = new TextTable("RANK", "TARGET", "START", "END", "REQUESTS", "RETRIES", "PER_REQUEST", "NORMAL", "EXCESS");
        int rank = 1;
        for (JsonNode s : r.get("storms")) {
            storms.row(rank++, s.get("target").asText(), time(s.get("startNanos")), time(s.get("endNanos")), s.get("requests").asLong(),
                    s.get("retries").asLong(), ms(s.get("retriesPerRequest")), ms(s.get("normalPerRequest")), ms(s.get("excessRetries")));
        }
        TextTable top = new TextTable("TRACE", "START", "RETRIES", "BY_TARGET");
        for (JsonNode q : r.get("topRequests")) {
            top.row(q.get("traceId").asText(), time(q.get("startNanos")), q.get("retries").asInt(), q.get("byTarget").toString());
        }
        return r.get("retries").asLong() + " retries in " + r.get("requests").asLong() + " requests\n\n"
                + (storms.size() == 0 ? "no retry storms\n" : storms.render()) + "\n" + top.render();
    }
}
