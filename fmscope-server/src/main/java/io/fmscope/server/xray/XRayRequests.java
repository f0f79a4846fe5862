package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.server.xray.sampling.SamplingRule;
import io.fmscope.server.xray.sampling.SamplingTargets;
import java.util.List;

/** Request bodies of the X-Ray operations fmscope serves (UpperCamelCase members; times in epoch seconds). */
public final class XRayRequests {
    private XRayRequests() {
    }

    public record PutTraceSegments(@JsonProperty("TraceSegmentDocuments") List<String> documents) {
    }

    public record GetTraceSummaries(@JsonProperty("StartTime") Double startTime,
                                    @JsonProperty("EndTime") Double endTime,
                                    @JsonProperty("TimeRangeType") String timeRangeType,
                                    @JsonProperty("Sampling") Boolean sampling,
                                    @JsonProperty("FilterExpression") String filterExpression,
                                    @JsonProperty("NextToken") String nextToken) {
    }

    public record BatchGetTraces(@JsonProperty("TraceIds") List<String> traceIds,
                                 @JsonProperty("NextToken") String nextToken) {
    }

    public record GetServiceGraph(@JsonProperty("StartTime") Double startTime, @JsonProperty("EndTime") Double endTime,
                                  @JsonProperty("GroupName") String groupName,
                                  @JsonProperty("GroupARN") String groupArn,
                                  @JsonProperty("NextToken") String nextToken) {
    }

    public record GetTraceGraph(@JsonProperty("TraceIds") List<String> traceIds,
                                @JsonProperty("NextToken") String nextToken) {
    }

    public record GetSamplingTargets(
            @JsonProperty("SamplingStatisticsDocuments") List<SamplingTargets.Statistics> statistics) {
    }

    public record CreateSamplingRule(@JsonProperty("SamplingRule") SamplingRule rule) {
    }

    public record UpdateSamplingRule(@JsonProperty("SamplingRuleUpdate") SamplingRule update) {
    }

    public record DeleteSamplingRule(@JsonProperty("RuleName") String ruleName,
                                     @JsonProperty("RuleARN") String ruleArn) {
    }
}
