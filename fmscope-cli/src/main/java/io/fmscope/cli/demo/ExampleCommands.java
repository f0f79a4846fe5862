package io.fmscope.cli.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What the demo suggests trying once its simulation is over: the diagnosis of its incident from the server, and
 * Logs Insights queries with {@code fmscope query} over the records the simulator wrote (the same records the
 * server stores).
 */
final class ExampleCommands {
    static final List<String> QUERIES = List.of(
            "filter log_type = \"FM_CALL\" | stats count(*) as calls, sum(status != \"SUCCESS\") as failed,"
                    + " pct(latency.total_e2e_ms, 99) as p99_ms by bin(1m)",
            "filter log_type = \"FM_CALL\" and ispresent(error.error_type) | stats count(*) as errors by"
                    + " error.root_cause_category, error.error_type, metadata.model_id | sort errors desc",
            "filter log_type = \"FM_CALL\" | stats sum(cost.total_cost_usd) as cost_usd,"
                    + " avg(prompt_metrics.total_input_tokens) as avg_input_tokens by metadata.model_id");

    private ExampleCommands() {}

    static List<String> queries(Path records) {
        return QUERIES.stream().map(q -> "./fmscope query '" + q + "' --file " + records).toList();
    }

    static String diagnose(String url, String incidentId) {
        return "./fmscope diagnose --server " + url + (incidentId == null ? " --since 30m" : " --incident " + incidentId);
    }
}
