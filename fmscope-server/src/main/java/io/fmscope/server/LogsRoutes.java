package io.fmscope.server;

import io.fmscope.server.api.Operation;
import io.fmscope.server.insights.QueryDefinitions;
import io.fmscope.server.insights.QueryRequests;
import io.fmscope.server.insights.QueryService;
import io.fmscope.server.logs.LogGroupService;
import io.fmscope.server.logs.LogReadService;
import io.fmscope.server.logs.LogStreamService;
import io.fmscope.server.logs.LogsRequests;
import io.fmscope.server.logs.PutLogEventsService;
import java.util.Map;

/** The one route table of the CloudWatch Logs API: operation name to decode, call one service, encode. */
final class LogsRoutes {
    private LogsRoutes() {
    }

    static Map<String, Operation> table(LogGroupService groups, LogStreamService streams, PutLogEventsService put,
                                        LogReadService reads, QueryService queries, QueryDefinitions definitions) {
        return Map.ofEntries(
                Map.entry("CreateLogGroup", r -> { groups.create(r.as(LogsRequests.CreateLogGroup.class)); return null; }),
                Map.entry("DeleteLogGroup", r -> { groups.delete(r.as(LogsRequests.DeleteLogGroup.class)); return null; }),
                Map.entry("DescribeLogGroups", r -> groups.describe(r.as(LogsRequests.DescribeLogGroups.class))),
                Map.entry("PutRetentionPolicy", r -> { groups.putRetention(r.as(LogsRequests.PutRetentionPolicy.class)); return null; }),
                Map.entry("DeleteRetentionPolicy", r -> { groups.deleteRetention(r.as(LogsRequests.DeleteRetentionPolicy.class)); return null; }),
                Map.entry("CreateLogStream", r -> { streams.create(r.as(LogsRequests.CreateLogStream.class)); return null; }),
                Map.entry("DeleteLogStream", r -> { streams.delete(r.as(LogsRequests.DeleteLogStream.class)); return null; }),
                Map.entry("DescribeLogStreams", r -> streams.describe(r.as(LogsRequests.DescribeLogStreams.class))),
                Map.entry("PutLogEvents", r -> put.put(r.as(LogsRequests.PutLogEvents.class))),
                Map.entry("GetLogEvents", r -> reads.get(r.as(LogsRequests.GetLogEvents.class))),
                Map.entry("FilterLogEvents", r -> reads.filter(r.as(LogsRequests.FilterLogEvents.class))),
                Map.entry("StartQuery", r -> queries.start(r.as(QueryRequests.StartQuery.class))),
                Map.entry("GetQueryResults", r -> queries.results(r.as(QueryRequests.GetQueryResults.class))),
                Map.entry("StopQuery", r -> queries.stop(r.as(QueryRequests.StopQuery.class))),
                Map.entry("DescribeQueries", r -> queries.describe(r.as(QueryRequests.DescribeQueries.class))),
                Map.entry("PutQueryDefinition", r -> definitions.put(r.as(QueryDefinitions.Put.class))),
                Map.entry("DescribeQueryDefinitions", r -> definitions.describe(r.as(QueryDefinitions.Describe.class))),
                Map.entry("DeleteQueryDefinition", r -> definitions.delete(r.as(QueryDefinitions.Delete.class))));
    }

}
