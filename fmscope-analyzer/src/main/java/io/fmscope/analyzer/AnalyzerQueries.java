package io.fmscope.analyzer;

import java.util.Locale;

/**
 * The query strings of the seed's {@code FMLogAnalyzer} (section 7), verbatim, with its f-string parameters
 * filled in the way Python prints them.
 */
final class AnalyzerQueries {
    private AnalyzerQueries() {
    }

    static String latencyPercentiles(int bucketMinutes) {
        return """
                fields @timestamp, latency.bedrock_invoke_ms as bedrock_ms, latency.total_e2e_ms as total_ms
                | filter log_type = "FM_CALL" and status = "SUCCESS"
                | stats
                    count(*) as call_count,
                    avg(bedrock_ms) as avg_bedrock,
                    percentile(bedrock_ms, 50) as p50_bedrock,
                    percentile(bedrock_ms, 90) as p90_bedrock,
                    percentile(bedrock_ms, 99) as p99_bedrock,
                    avg(total_ms) as avg_total,
                    percentile(total_ms, 99) as p99_total
                  by bin(%dm)
                | sort @timestamp desc
                """.formatted(bucketMinutes);
    }

    static final String ERROR_DISTRIBUTION = """
            fields @timestamp, metadata.model_id as model, error.error_type as err_type, error.error_code as err_code, error.root_cause_category as root_cause
            | filter log_type = "FM_CALL" and status != "SUCCESS"
            | stats count(*) as error_count by model, err_type, root_cause
            | sort error_count desc
            | limit 25
            """;

    static final String TOKEN_USAGE = """
            fields @timestamp, prompt_metrics.total_input_tokens as input_tok, response_metrics.output_token_count as output_tok, metadata.model_id as model
            | filter log_type = "FM_CALL"
            | stats
                avg(input_tok) as avg_input,
                max(input_tok) as max_input,
                percentile(input_tok, 95) as p95_input,
                avg(output_tok) as avg_output,
                max(output_tok) as max_output,
                sum(input_tok) as total_input,
                sum(output_tok) as total_output,
                count(*) as calls
              by bin(1h), model
            | sort @timestamp desc
            """;

    static final String COST_ANALYSIS = """
            fields @timestamp, metadata.model_id as model, cost.total_cost_usd as cost_usd, cost.was_cached as cached, cost.cache_hit_savings_usd as savings
            | filter log_type = "FM_CALL"
            | stats
                sum(cost_usd) as total_spend,
                sum(savings) as total_savings,
                count(*) as call_count,
                avg(cost_usd) as avg_cost_per_call,
                sum(cached) as cache_hits
              by bin(1h), model
            | sort @timestamp desc
            """;

    static final String RAG_QUALITY = """
            fields @timestamp, avg_relevance, results_returned, query_latency_ms, opensearch_index
            | filter log_type = "RAG_RETRIEVAL"
            | stats
                avg(avg_relevance) as mean_relevance,
                min(min_relevance) as worst_relevance,
                percentile(query_latency_ms, 50) as p50_latency,
                percentile(query_latency_ms, 99) as p99_latency,
                avg(results_returned) as avg_results,
                count(*) as retrieval_count
              by bin(30m)
            | sort @timestamp desc
            """;

    static final String THROTTLE_PATTERNS = """
            fields @timestamp, metadata.model_id as model, error.retry_count as retries, latency.total_e2e_ms as total_ms
            | filter log_type = "FM_CALL" and status = "THROTTLED"
            | stats
                count(*) as throttle_count,
                avg(retries) as avg_retries,
                max(retries) as max_retries,
                avg(total_ms) as avg_total_latency
              by bin(5m), model
            | sort throttle_count desc
            """;

    static String slowRequests(double thresholdMs) {
        return """
                fields @timestamp, metadata.request_id, metadata.session_id, metadata.model_id as model,
                       latency.total_e2e_ms as total_ms, latency.bedrock_invoke_ms as bedrock_ms,
                       latency.opensearch_query_ms as os_ms, latency.redis_cache_check_ms as redis_ms,
                       prompt_metrics.total_input_tokens as input_tokens
                | filter log_type = "FM_CALL" and latency.total_e2e_ms > %s
                | sort total_ms desc
                | limit 50
                """.formatted(pythonNumber(thresholdMs));
    }

    /** How Python's f-string prints the number: 3000 for an integer, 2500.5 for a float. */
    static String pythonNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
