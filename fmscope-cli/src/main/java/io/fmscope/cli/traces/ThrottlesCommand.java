package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fmscope traces throttles}: throttle bursts per model and time bin. */
@Command(name = "throttles", mixinStandardHelpOptions = true, description = "Throttle patterns: bursts per model and time bin.")
final class ThrottlesCommand extends AnalyticsCommand {
    @Option(names = "--bin", defaultValue = "1m", paramLabel = "DURATION", description = "time bin (default: ${DEFAULT-VALUE})")
    String bin;

    @Override String path() {
        return "/api/traces/throttles";
    }

    @Override Map<String, String> parameters() {
        return Map.of("bin", bin);
    }

    @Override String text(JsonNode r) {
        TextTable bursts = new TextTable("RANK", "MODEL", "START", "END", "THROTTLES", "CALLS", "RATE", "PEAK_PER_BIN", "NORMAL_PER_BIN");
        int rank = 1;
        for (JsonNode b : r.get("bursts")) {
            bursts.row(rank++, b.get("model").asText(), time(b.get("startNanos")), time(b.get("endNanos")), b.get("throttles").asLong(),
                    b.get("calls").asLong(), pct(b.get("throttleRate").asDouble()), b.get("peakPerBin").asLong(), ms(b.get("normalPerBin")));
        }
        TextTable models = new TextTable("MODEL", "CALLS", "THROTTLES", "RATE");
        for (JsonNode m : r.get("models")) {
            long calls = m.get("calls").asLong();
            models.row(m.get("model").asText(), calls, m.get("throttles").asLong(),
                    pct(calls == 0 ? 0 : m.get("throttles").asDouble() / calls));
        }
        return (bursts.size() == 0 ? "no throttle bursts\n" : bursts.render()) + "\n" + models.render();
    }
}
