package io.fmscope.analyzer;

import java.util.List;
import java.util.Map;

/**
 * The result of one Logs Insights query, as the seed's {@code InsightsQueryResult} dataclass holds it.
 *
 * @param queryId    StartQuery's query id
 * @param status     the final status: Complete, Failed, Cancelled, Timeout (or Unknown)
 * @param results    one map per result row, field to value (as GetQueryResults returns them, {@code @ptr} too)
 * @param statistics recordsMatched, recordsScanned, bytesScanned (and whatever else the service reports)
 * @param queryText  the query string sent
 * @param durationMs wall time from StartQuery to the final GetQueryResults, rounded to 0.01 ms
 */
public record InsightsQueryResult(String queryId, String status, List<Map<String, String>> results,
                                  Map<String, Double> statistics, String queryText, double durationMs) {
    public InsightsQueryResult {
        results = List.copyOf(results);
        statistics = Map.copyOf(statistics);
    }
}
