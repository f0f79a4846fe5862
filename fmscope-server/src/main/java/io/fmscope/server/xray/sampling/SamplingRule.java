package io.fmscope.server.xray.sampling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An X-Ray sampling rule, with the API's member names (also the rules file's). Head sampling: the SDK
 * matches each request to the lowest-priority matching rule, takes up to its reservoir per second, then
 * samples {@code FixedRate} of the rest. String fields take {@code *} and {@code ?} wildcards.
 */
public record SamplingRule(
        @JsonProperty("RuleName") String ruleName,
        @JsonProperty("RuleARN") String ruleArn,
        @JsonProperty("ResourceARN") String resourceArn,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("FixedRate") Double fixedRate,
        @JsonProperty("ReservoirSize") Integer reservoirSize,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("ServiceType") String serviceType,
        @JsonProperty("Host") String host,
        @JsonProperty("HTTPMethod") String httpMethod,
        @JsonProperty("URLPath") String urlPath,
        @JsonProperty("Version") Integer version,
        @JsonProperty("Attributes") Map<String, String> attributes) {

    public static final String DEFAULT = "Default";

    /** This rule with its ARN set (and Version 1, empty attributes when absent). */
    SamplingRule withArn(String arn) {
        return new SamplingRule(ruleName, arn, resourceArn, priority, fixedRate, reservoirSize, serviceName,
                serviceType, host, httpMethod, urlPath, version == null ? 1 : version,
                attributes == null ? Map.of() : attributes);
    }

    /** Whether a request with these properties matches (case-insensitive wildcards; null values match). */
    public boolean matches(String service, String type, String requestHost, String method, String path) {
        return Wildcard.matches(serviceName, service) && Wildcard.matches(serviceType, type)
                && Wildcard.matches(host, requestHost) && Wildcard.matches(httpMethod, method)
                && Wildcard.matches(urlPath, path);
    }
}
