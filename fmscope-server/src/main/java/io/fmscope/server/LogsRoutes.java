package io.fmscope.server;

import static io.fmscope.server.api.Json.read;

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
                Map.entry("CreateLogGroup", r -> { groups.create(read(r, LogsRequests.CreateLogGroup.class)); return null; }),
                Map.entry("DeleteLogGroup", r -> { groups.delete(read(r, LogsRequests.DeleteLogGroup.class)); return null; }),
                Map.entry("DescribeLogGroups", r -> groups.describe(read(r, LogsRequests.DescribeLogGroups.class))),
                Map.entry("PutRetentionPolicy", r -> { groups.putRetention(read(r, LogsRequests.PutRetentionPolicy.class)); return null; }),
                Map.entry("DeleteRetentionPolicy", r -> { groups.deleteRetention(read(r, LogsRequests.DeleteRetentionPolicy.class)); return null; }),
                Map.entry("CreateLogStream", r -> { streams.create(read(r, LogsRequests.CreateLogStream.class)); return null; }),
                Map.entry("DeleteLogStream", r -> { streams.delete(read(r, LogsRequests.DeleteLogStream.class)); return null; }),
                Map.entry("DescribeLogStreams", r -> streams.describe(read(r, LogsRequests.DescribeLogStreams.class))),
                Map.entry("PutLogEvents", r -> put.put(read(r, LogsRequests.PutLogEvents.class))),
                Map.entry("GetLogEvents", r -> reads.get(read(r, LogsRequests.GetLogEvents.class))),
                Map.entry("FilterLogEvents", r -> reads.filter(read(r, LogsRequests.FilterLogEvents.class))),
                Map.entry("StartQuery", r -> queries.start(read(r, QueryRequests.StartQuery.class))),
                Map.entry("GetQueryResults", r -> queries.results(read(r, QueryRequests.GetQueryResults.class))),
                Map.entry("StopQuery", r -> queries.stop(read(r, QueryRequests.StopQuery.class))),
                Map.entry("DescribeQueries", r -> queries.describe(read(r, QueryRequests.DescribeQueries.class))),
                Map.entry("PutQueryDefinition", r -> definitions.put(read(r, QueryDefinitions.Put.class))),
                Map.entry("DescribeQueryDefinitions", r -> definitions.describe(read(r, QueryDefinitions.Describe.class))),
                Map.entry("DeleteQueryDefinition", r -> definitions.delete(read(r, QueryDefinitions.Delete.class))));
    }

}
