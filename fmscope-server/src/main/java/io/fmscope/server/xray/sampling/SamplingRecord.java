package io.fmscope.server.xray.sampling;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A rule with its creation and modification times (epoch seconds), as GetSamplingRules returns it. */
public record SamplingRecord(@JsonProperty("SamplingRule") SamplingRule rule,
                             @JsonProperty("CreatedAt") double createdAt,
                             @JsonProperty("ModifiedAt") double modifiedAt) {
}
