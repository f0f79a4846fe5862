package io.fmscope.server.insights;

import java.util.List;

/**
 * One query's state, replaced whole on every transition (an immutable snapshot).
 *
 * @param rows       result rows, each a list of {field, value} maps with {@code @ptr} on event rows
 * @param statistics recordsMatched, recordsScanned, bytesScanned
 */
public record QueryRecord(String queryId, String queryString, List<String> logGroupNames, long startMillis,
                          long endMillisExclusive, int limit, QueryStatus status, long createTime,
                          long finishTime, List<List<java.util.Map<String, String>>> rows, Statistics statistics,
                          String failure) {

    /** Statistics as GetQueryResults reports them (doubles on the wire). */
    public record Statistics(double recordsMatched, double recordsScanned, double bytesScanned) {
        public static final Statistics ZERO = new Statistics(0, 0, 0);
    }

    QueryRecord with(QueryStatus s, long finished, List<List<java.util.Map<String, String>>> r, Statistics st,
                     String why) {
        return new QueryRecord(queryId, queryString, logGroupNames, startMillis, endMillisExclusive, limit, s,
                createTime, finished, r, st, why);
    }
}
