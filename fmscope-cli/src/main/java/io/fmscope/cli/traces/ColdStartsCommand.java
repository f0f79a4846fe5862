package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmscope traces coldstarts}: cold requests per service against warm ones. */
@Command(name = "coldstarts", mixinStandardHelpOptions = true,
    description = "Cold starts: first requests on a new instance or after a quiet period, and how much slower they are.")
final class ColdStartsCommand extends AnalyticsCommand {
    @Option(names = "--quiet", defaultValue = "5m", paramLabel = "DURATION", description = "idle time after which a request is cold (default: ${DEFAULT-VALUE})")
    String quiet;

    @Override String path() {
        return "/api/traces/coldstarts";
    }

    @Override Map<String, String> parameters() {
        return Map.of("quiet", quiet);
    }

    @Override String text(JsonNode r) {
        TextTable services = new TextTable("RANK", "SERVICE", "COLD", "WARM", "COLD_P50_MS", "WARM_P50_MS", "EXTRA_MS", "SLOWER");
        TextTable cold = new TextTable("SERVICE", "TRACE", "INSTANCE", "START", "DURATION_MS", "REASON");
        int rank = 1;
        for (JsonNode s : r.get("services")) {
            services.row(rank++, s.get("service").asText(), s.get("coldCount").asInt(), s.get("warmCount").asInt(),
                    ms(s.get("coldMedianMs")), ms(s.get("warmMedianMs")), ms(s.get("extraMsPerColdStart")), s.get("slower").asBoolean() ? "yes" : "no");
            for (JsonNode c : s.get("requests")) {
                cold.row(s.get("service").asText(), c.get("traceId").asText(), c.get("instance").asText(), time(c.get("startNanos")),
                        ms(c.get("durationMs")), c.get("reason").asText());
            }
        }
        return services.render() + (cold.size() == 0 ? "" : "\n" + cold.render());
    }
}
