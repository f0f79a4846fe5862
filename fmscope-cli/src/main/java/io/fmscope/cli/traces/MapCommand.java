package io.fmscope.cli.traces;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code fmscope traces map}: nodes and edges with counts, flags, latency and health. */
@Command(name = "map", mixinStandardHelpOptions = true, description = "Service map: nodes and edges with request, error, throttle and fault counts, latency and health.")
final class MapCommand extends AnalyticsCommand {
    @Override String path() {
        return "/api/traces/map";
    }

    @Override Map<String, String> parameters() {
        return Map.of();
    }

    @Override String text(JsonNode m) {
        TextTable nodes = new TextTable("NODE", "TYPE", "REQUESTS", "OK", "ERRORS", "THROTTLES", "FAULTS", "P50_MS", "P99_MS", "HEALTH");
        for (JsonNode n : m.get("nodes")) {
            JsonNode s = n.get("stats");
            if (n.get("type").asText().equals("client")) continue;
            nodes.row(n.get("name").asText(), n.get("type").asText() + (n.get("inferred").asBoolean() ? " (inferred)" : ""),
                    s.get("count").asLong(), s.get("ok").asLong(), s.get("otherErrors").asLong(), s.get("throttles").asLong(),
                    s.get("faults").asLong(), ms(s.get("p50Ms")), ms(s.get("p99Ms")), n.get("health").asText());
        }
        TextTable edges = new TextTable("FROM", "TO", "CALLS", "ERRORS", "THROTTLES", "FAULTS", "P50_MS", "P99_MS", "HEALTH");
        for (JsonNode e : m.get("edges")) {
            JsonNode s = e.get("stats");
            edges.row(e.get("from").asText(), e.get("to").asText(), s.get("count").asLong(), s.get("otherErrors").asLong(),
                    s.get("throttles").asLong(), s.get("faults").asLong(), ms(s.get("p50Ms")), ms(s.get("p99Ms")), e.get("health").asText());
        }
        return m.get("traces").asInt() + " traces from " + time(m.get("fromNanos")) + " to " + time(m.get("toNanos")) + "\n\n"
                + nodes.render() + "\n" + edges.render();
    }
}
