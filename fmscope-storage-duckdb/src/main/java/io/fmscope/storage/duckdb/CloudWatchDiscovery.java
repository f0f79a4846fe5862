package io.fmscope.storage.duckdb;

import io.fmscope.query.json.DiscoveryOptions;
import io.fmscope.query.json.JsonFlattener;
import io.fmscope.query.value.BoolValue;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field discovery through the query module's {@link JsonFlattener}, so the typed columns hold exactly the
 * fields (names, limit, first-wins, truncation rules) that the reference engine discovers from
 * {@code @message}.
 */
public final class CloudWatchDiscovery implements FieldDiscovery {
    private static final CloudWatchDiscovery STANDARD = new CloudWatchDiscovery(JsonFlattener.standard());
    private final JsonFlattener flattener;

    public CloudWatchDiscovery(DiscoveryOptions options) {
        this(new JsonFlattener(options));
    }

    private CloudWatchDiscovery(JsonFlattener flattener) {
        this.flattener = flattener;
    }

    public static CloudWatchDiscovery standard() {
        return STANDARD;
    }

    @Override public Map<String, Object> fields(String message) {
        Map<String, Value> found = flattener.flatten(message).fields();
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>(found.size() * 2);
        found.forEach((name, v) -> {
            Object scalar = switch (v) {
                case LongValue l -> l.value();
                case DoubleValue d -> d.value();
                case BoolValue b -> b.truthy();
                default -> v.asText();
            };
            if (scalar != null) {
                out.put(name, scalar);
            }
        });
        return out;
    }
}
