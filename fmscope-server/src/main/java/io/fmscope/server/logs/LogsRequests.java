package io.fmscope.server.logs;

import java.util.List;
import java.util.Map;

/** Request members of the log operations, as the AWS model names them (absent members are null). */
public final class LogsRequests {
    private LogsRequests() {
    }

    public record CreateLogGroup(String logGroupName, String kmsKeyId, Map<String, String> tags,
                                 String logGroupClass) {
    }

    public record DeleteLogGroup(String logGroupName) {
    }

    public record DescribeLogGroups(String logGroupNamePrefix, String logGroupNamePattern, Integer limit,
                                    String nextToken, List<String> logGroupIdentifiers) {
    }

    public record CreateLogStream(String logGroupName, String logStreamName) {
    }

    public record DeleteLogStream(String logGroupName, String logStreamName) {
    }

    public record DescribeLogStreams(String logGroupName, String logGroupIdentifier, String logStreamNamePrefix,
                                     String orderBy, Boolean descending, Integer limit, String nextToken) {
    }

    public record PutRetentionPolicy(String logGroupName, Integer retentionInDays) {
    }

    public record DeleteRetentionPolicy(String logGroupName) {
    }

    public record InputLogEvent(Long timestamp, String message) {
    }

    public record PutLogEvents(String logGroupName, String logStreamName, List<InputLogEvent> logEvents,
                               String sequenceToken) {
    }

    public record GetLogEvents(String logGroupName, String logGroupIdentifier, String logStreamName, Long startTime,
                               Long endTime, String nextToken, Integer limit, Boolean startFromHead) {
    }

    public record FilterLogEvents(String logGroupName, String logGroupIdentifier, List<String> logStreamNames,
                                  String logStreamNamePrefix, Long startTime, Long endTime, String filterPattern,
                                  String nextToken, Integer limit, Boolean startFromHead, Boolean interleaved) {
    }
}
