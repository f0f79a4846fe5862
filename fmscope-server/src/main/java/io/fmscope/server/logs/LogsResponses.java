package io.fmscope.server.logs;

import java.util.List;

/** Response shapes of the log operations; absent optionals are omitted on the wire. */
public final class LogsResponses {
    private LogsResponses() {
    }

    public record LogGroup(String logGroupName, Long creationTime, Integer retentionInDays, Integer metricFilterCount,
                           String arn, Long storedBytes, String logGroupClass, String logGroupArn,
                           Boolean deletionProtectionEnabled) {
    }

    public record DescribeLogGroups(List<LogGroup> logGroups, String nextToken) {
    }

    public record LogStream(String logStreamName, long creationTime, Long firstEventTimestamp, Long lastEventTimestamp,
                            Long lastIngestionTime, String uploadSequenceToken, String arn, long storedBytes) {
    }

    public record DescribeLogStreams(List<LogStream> logStreams, String nextToken) {
    }

    public record RejectedLogEventsInfo(Integer tooNewLogEventStartIndex, Integer tooOldLogEventEndIndex,
                                        Integer expiredLogEventEndIndex) {
    }

    public record PutLogEvents(String nextSequenceToken, RejectedLogEventsInfo rejectedLogEventsInfo) {
    }

    public record OutputLogEvent(long timestamp, String message, long ingestionTime) {
    }

    public record GetLogEvents(List<OutputLogEvent> events, String nextForwardToken, String nextBackwardToken) {
    }

    public record FilteredLogEvent(String logStreamName, long timestamp, String message, long ingestionTime,
                                   String eventId) {
    }

    public record SearchedLogStream(String logStreamName, Boolean searchedCompletely) {
    }

    public record FilterLogEvents(List<FilteredLogEvent> events, List<SearchedLogStream> searchedLogStreams,
                                  String nextToken) {
    }
}
