package io.fmscope.traces.sampling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The rules file as written (JSON or YAML, snake_case keys); {@link SamplingRules} validates and compiles it. */
record RulesDocument(@JsonProperty("version") Integer version, @JsonProperty("rules") List<Rule> rules) {

    record Rule(@JsonProperty("name") String name,
                @JsonProperty("description") String description,
                @JsonProperty("priority") Integer priority,
                @JsonProperty("match") Match match,
                @JsonProperty("reservoir_per_second") Integer reservoirPerSecond,
                @JsonProperty("fixed_rate") Double fixedRate) {
    }

    record Match(@JsonProperty("service") String service,
                 @JsonProperty("name") String name,
                 @JsonProperty("http_method") String httpMethod,
                 @JsonProperty("url_path") String urlPath,
                 @JsonProperty("attributes") Map<String, String> attributes,
                 @JsonProperty("outcome") List<String> outcome,
                 @JsonProperty("min_duration_ms") Double minDurationMs,
                 @JsonProperty("max_duration_ms") Double maxDurationMs) {
    }
}
