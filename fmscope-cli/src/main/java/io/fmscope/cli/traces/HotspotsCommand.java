package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmscope traces hotspots}: components ranked by extra self time in slow traces against a baseline. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
    description = "Latency hotspots: which component's self time grew in slow traces, against the baseline window before --since.")
final class HotspotsCommand extends AnalyticsCommand {
    @Option(names = "--baseline", defaultValue = "1h", paramLabel = "DURATION", description = "baseline window just before the analysed one (default: ${DEFAULT-VALUE})")
    String baseline;

    @Option(names = "--slow", defaultValue = "3s", paramLabel = "DURATION", description = "a trace at least this long is slow (default: ${DEFAULT-VALUE})")
    String slow;

    @Override String path() {
        return "/api/traces/hotspots";
    }

    @Override Map<String, String> parameters() {
        return Map.of("baseline", baseline, "slow", slow);
    }

    @Override String text(JsonNode h) {
        TextTable t = new TextTable("RANK", "COMPONENT", "SLOW_SELF_MS", "BASELINE_SELF_MS", "EXCESS_MS", "SHARE_OF_SLOW");
        int rank = 1;
        for (JsonNode x : h.get("ranked")) {
            t.row(rank++, x.get("component").asText(), ms(x.get("slowMeanSelfMs")), ms(x.get("baselineMeanSelfMs")),
                    ms(x.get("excessMs")), pct(x.get("shareOfSlow").asDouble()));
        }
        return h.get("slowTraces").asInt() + " of " + h.get("windowTraces").asInt() + " traces slow (>= "
                + ms(h.get("slowThresholdMs")) + " ms); baseline: " + h.get("baselineTraces").asInt() + " traces"
                + (h.get("baselineFromSlowWindow").asBoolean() ? " (the window's fast traces)" : "") + "\n\n" + t.render();
    }
}
