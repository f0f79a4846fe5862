package io.fmscope.server.insights;

import java.util.List;

/** Request members of the Logs Insights operations. */
public final class QueryRequests {
    private QueryRequests() {
    }

    public record StartQuery(String logGroupName, List<String> logGroupNames, List<String> logGroupIdentifiers,
                             Long startTime, Long endTime, String queryString, Integer limit, String queryLanguage) {
    }

    public record GetQueryResults(String queryId, Integer maxItems, String nextToken) {
    }

    public record StopQuery(String queryId) {
    }

    public record DescribeQueries(String logGroupName, String status, Integer maxResults, String nextToken,
                                  String queryLanguage) {
    }
}
