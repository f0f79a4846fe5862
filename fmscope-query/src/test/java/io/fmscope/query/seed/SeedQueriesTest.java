package io.fmscope.query.seed;

import static io.fmscope.query.seed.ResultCheck.ordered;
import static io.fmscope.query.seed.ResultCheck.sameRows;
import static io.fmscope.query.seed.SeedRecords.avg;
import static io.fmscope.query.seed.SeedRecords.bucket;
import static io.fmscope.query.seed.SeedRecords.groupBy;
import static io.fmscope.query.seed.SeedRecords.max;
import static io.fmscope.query.seed.SeedRecords.min;
import static io.fmscope.query.seed.SeedRecords.percentile;
import static io.fmscope.query.seed.SeedRecords.sum;
import static io.fmscope.query.seed.SeedRecords.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.fmscope.query.exec.EventSource;
import io.fmscope.query.exec.QueryEngine;
import io.fmscope.query.exec.QueryOptions;
import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.seed.SeedRecords.Rec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The seed's queries (section 3.2: eight; section 7: seven, with the analyzer's defaults filled in) over the
 * seed-shaped fixture, each checked against values computed here with plain Java over the same records.
 */
class SeedQueriesTest {
    static final long M5 = 300_000L;
    static final long M15 = 900_000L;
    static final long M30 = 1_800_000L;
    static final long H1 = 3_600_000L;
    static final long D1 = 86_400_000L;

    static final List<Rec> recs = SeedRecords.all();
    static final List<Rec> calls = where(recs, r -> r.is("log_type", "FM_CALL"));
    static final EventSource events = SeedRecords.events();

    @Test
    void theReadersSeeEveryFixtureLine() {
        assertThat(events.open().count()).isEqualTo(recs.size());
    }

    static QueryResult run(String query) {
        return new QueryEngine().execute(query, events, QueryOptions.defaults());
    }

    private static List<Map<String, Object>> rows(Map<?, List<Rec>> groups, Function<Map.Entry<?, List<Rec>>,
            Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var e : groups.entrySet()) out.add(f.apply(e));
        return out;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void q1BedrockLatencyPercentilesOverTime() {
        QueryResult r = run("""
                fields @timestamp, latency.bedrock_invoke_ms as bedrock_ms
                | filter log_type = "FM_CALL"
                | filter status = "SUCCESS"
                | stats
                    avg(bedrock_ms) as avg_latency,
                    percentile(bedrock_ms, 50) as p50,
                    percentile(bedrock_ms, 90) as p90,
                    percentile(bedrock_ms, 99) as p99,
                    count(*) as call_count
                  by bin(5m) as time_bucket
                | sort time_bucket desc""");
        var ok = where(calls, c -> c.is("status", "SUCCESS"));
        String b = "latency.bedrock_invoke_ms";
        sameRows(r, rows(groupBy(ok, c -> bucket(c.ts(), M5)), e -> row("time_bucket", e.getKey(),
                "avg_latency", avg(e.getValue(), b), "p50", percentile(e.getValue(), b, 50),
                "p90", percentile(e.getValue(), b, 90), "p99", percentile(e.getValue(), b, 99),
                "call_count", e.getValue().size())), List.of("time_bucket"));
        ordered(r, "time_bucket", true, false);
    }

    @Test
    void q2ErrorRateByModelAndType() {
        QueryResult r = run("""
                fields @timestamp, metadata.model_id, error.error_type, error.error_code
                | filter log_type = "FM_CALL"
                | filter status != "SUCCESS"
                | stats count(*) as error_count by metadata.model_id, error.error_type
                | sort error_count desc
                | limit 20""");
        var failed = where(calls, c -> !c.is("status", "SUCCESS"));
        var groups = groupBy(failed, c -> List.of(c.text("metadata.model_id"), c.text("error.error_type")));
        assertThat(groups.size()).isLessThanOrEqualTo(20);
        sameRows(r, rows(groups, e -> row("metadata.model_id", ((List<?>) e.getKey()).get(0),
                "error.error_type", ((List<?>) e.getKey()).get(1), "error_count", e.getValue().size())),
                List.of("metadata.model_id", "error.error_type"));
        ordered(r, "error_count", true, true);
    }

    @Test
    void q3TokenUsagePerHour() {
        QueryResult r = run("""
                fields @timestamp,
                       prompt_metrics.total_input_tokens as input_tokens,
                       response_metrics.output_token_count as output_tokens,
                       metadata.model_id
                | filter log_type = "FM_CALL"
                | stats
                    avg(input_tokens) as avg_input,
                    max(input_tokens) as max_input,
                    avg(output_tokens) as avg_output,
                    max(output_tokens) as max_output,
                    sum(input_tokens) as total_input,
                    sum(output_tokens) as total_output
                  by bin(1h)""");
        String in = "prompt_metrics.total_input_tokens";
        String out = "response_metrics.output_token_count";
        sameRows(r, rows(groupBy(calls, c -> bucket(c.ts(), H1)), e -> row("bin(1h)", e.getKey(),
                "avg_input", avg(e.getValue(), in), "max_input", max(e.getValue(), in),
                "avg_output", avg(e.getValue(), out), "max_output", max(e.getValue(), out),
                "total_input", sum(e.getValue(), in), "total_output", sum(e.getValue(), out))), List.of("bin(1h)"));
        ordered(r, "bin(1h)", false, false);
    }

    @Test
    void q4SlowRequestsAndRetrieval() {
        QueryResult r = run("""
                fields @timestamp,
                       latency.opensearch_query_ms as os_ms,
                       latency.bedrock_invoke_ms as bedrock_ms,
                       latency.total_e2e_ms as total_ms
                | filter log_type = "FM_CALL"
                | filter latency.total_e2e_ms > 3000
                | stats
                    avg(os_ms) as avg_os,
                    avg(bedrock_ms) as avg_bedrock,
                    avg(total_ms) as avg_total,
                    count(*) as slow_count
                  by bin(15m)
                | sort slow_count desc""");
        var slow = where(calls, c -> c.number("latency.total_e2e_ms") > 3000);
        assertThat(slow).isNotEmpty();
        sameRows(r, rows(groupBy(slow, c -> bucket(c.ts(), M15)), e -> row("bin(15m)", e.getKey(),
                "avg_os", avg(e.getValue(), "latency.opensearch_query_ms"),
                "avg_bedrock", avg(e.getValue(), "latency.bedrock_invoke_ms"),
                "avg_total", avg(e.getValue(), "latency.total_e2e_ms"), "slow_count", e.getValue().size())),
                List.of("bin(15m)"));
        ordered(r, "slow_count", true, true);
    }

    @Test
    void q5ContentFilterTriggers() {
        QueryResult r = run("""
                fields @timestamp,
                       metadata.request_id,
                       metadata.session_id,
                       prompt_metrics.prompt_template_id,
                       prompt_metrics.language,
                       response_metrics.content_filter_reason
                | filter log_type = "FM_CALL"
                | filter status = "CONTENT_FILTERED"
                | stats count(*) as filter_count by prompt_metrics.prompt_template_id, prompt_metrics.language
                | sort filter_count desc""");
        var filtered = where(calls, c -> c.is("status", "CONTENT_FILTERED"));
        assertThat(filtered).isNotEmpty();
        var groups = groupBy(filtered, c -> List.of(c.text("prompt_metrics.prompt_template_id"),
                c.text("prompt_metrics.language")));
        sameRows(r, rows(groups, e -> row("prompt_metrics.prompt_template_id", ((List<?>) e.getKey()).get(0),
                "prompt_metrics.language", ((List<?>) e.getKey()).get(1), "filter_count", e.getValue().size())),
                List.of("prompt_metrics.prompt_template_id", "prompt_metrics.language"));
        ordered(r, "filter_count", true, true);
    }

    @Test
    void q6CostByModelPerDay() {
        QueryResult r = run("""
                fields @timestamp,
                       metadata.model_id,
                       cost.total_cost_usd,
                       cost.was_cached,
                       cost.cache_hit_savings_usd
                | filter log_type = "FM_CALL"
                | stats
                    sum(cost.total_cost_usd) as total_spend,
                    sum(cost.cache_hit_savings_usd) as total_savings,
                    count(*) as call_count,
                    avg(cost.total_cost_usd) as avg_cost_per_call
                  by bin(1d), metadata.model_id
                | sort total_spend desc""");
        var groups = groupBy(calls, c -> List.of(bucket(c.ts(), D1), c.text("metadata.model_id")));
        sameRows(r, rows(groups, e -> row("bin(1d)", ((List<?>) e.getKey()).get(0),
                "metadata.model_id", ((List<?>) e.getKey()).get(1),
                "total_spend", sum(e.getValue(), "cost.total_cost_usd"),
                "total_savings", sum(e.getValue(), "cost.cache_hit_savings_usd"), "call_count", e.getValue().size(),
                "avg_cost_per_call", avg(e.getValue(), "cost.total_cost_usd"))), List.of("metadata.model_id"));
        ordered(r, "total_spend", true, true);
    }

    @Test
    void q7RagQualityPerHour() {
        QueryResult r = run("""
                fields @timestamp, avg_relevance, results_returned, query_latency_ms
                | filter log_type = "RAG_RETRIEVAL"
                | stats
                    avg(avg_relevance) as mean_relevance,
                    min(min_relevance) as worst_relevance,
                    avg(query_latency_ms) as avg_latency,
                    count(*) as retrieval_count
                  by bin(1h)
                | sort @timestamp desc""");
        var rag = where(recs, c -> c.is("log_type", "RAG_RETRIEVAL"));
        sameRows(r, rows(groupBy(rag, c -> bucket(c.ts(), H1)), e -> row("bin(1h)", e.getKey(),
                "mean_relevance", avg(e.getValue(), "avg_relevance"), "worst_relevance", min(e.getValue(), "min_relevance"),
                "avg_latency", avg(e.getValue(), "query_latency_ms"), "retrieval_count", e.getValue().size())),
                List.of("bin(1h)"));
        ordered(r, "bin(1h)", true, false);
    }

    @Test
    void q8ThrottlingPatterns() {
        QueryResult r = run("""
                fields @timestamp, metadata.model_id, error.retry_count
                | filter log_type = "FM_CALL"
                | filter status = "THROTTLED"
                | stats
                    count(*) as throttle_count,
                    avg(error.retry_count) as avg_retries,
                    max(error.retry_count) as max_retries
                  by bin(5m), metadata.model_id
                | sort throttle_count desc
                | limit 50""");
        var throttled = where(calls, c -> c.is("status", "THROTTLED"));
        var groups = groupBy(throttled, c -> List.of(bucket(c.ts(), M5), c.text("metadata.model_id")));
        assertThat(groups.size()).isLessThanOrEqualTo(50);
        sameRows(r, rows(groups, e -> row("bin(5m)", ((List<?>) e.getKey()).get(0),
                "metadata.model_id", ((List<?>) e.getKey()).get(1), "throttle_count", e.getValue().size(),
                "avg_retries", avg(e.getValue(), "error.retry_count"),
                "max_retries", max(e.getValue(), "error.retry_count"))), List.of("bin(5m)", "metadata.model_id"));
        ordered(r, "throttle_count", true, true);
    }
}
