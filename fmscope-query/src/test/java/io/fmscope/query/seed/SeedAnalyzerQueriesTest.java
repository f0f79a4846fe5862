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

import io.fmscope.query.exec.QueryResult;
import io.fmscope.query.seed.SeedRecords.Rec;
import io.fmscope.query.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seven queries of the seed's FMLogAnalyzer (section 7) with its default arguments (bucket_minutes=5,
 * threshold_ms=3000), checked against plain-Java results over the fixture.
 */
class SeedAnalyzerQueriesTest {
    private static final long M5 = SeedQueriesTest.M5;
    private static final long M30 = SeedQueriesTest.M30;
    private static final long H1 = SeedQueriesTest.H1;
    private static final List<Rec> recs = SeedQueriesTest.recs;
    private static final List<Rec> calls = SeedQueriesTest.calls;

    private static final String SUCCESS_CALL = "log_type = \"FM_CALL\" and status = \"SUCCESS\"";

    private static boolean ok(Rec c) {
        return c.is("status", "SUCCESS");
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static QueryResult run(String q) {
        return SeedQueriesTest.run(q);
    }

    @Test
    void latencyPercentiles() {
        QueryResult r = run("""
                fields @timestamp, latency.bedrock_invoke_ms as bedrock_ms, latency.total_e2e_ms as total_ms
                | filter %s
                | stats
                    count(*) as call_count,
                    avg(bedrock_ms) as avg_bedrock,
                    percentile(bedrock_ms, 50) as p50_bedrock,
                    percentile(bedrock_ms, 90) as p90_bedrock,
                    percentile(bedrock_ms, 99) as p99_bedrock,
                    avg(total_ms) as avg_total,
                    percentile(total_ms, 99) as p99_total
                  by bin(5m)
                | sort @timestamp desc
                """.formatted(SUCCESS_CALL));
        String b = "latency.bedrock_invoke_ms";
        String t = "latency.total_e2e_ms";
        List<Map<String, Object>> want = new ArrayList<>();
        groupBy(where(calls, SeedAnalyzerQueriesTest::ok), c -> bucket(c.ts(), M5)).forEach((k, g) -> want.add(row(
                "bin(5m)", k, "call_count", g.size(), "avg_bedrock", avg(g, b), "p50_bedrock", percentile(g, b, 50),
                "p90_bedrock", percentile(g, b, 90), "p99_bedrock", percentile(g, b, 99), "avg_total", avg(g, t),
                "p99_total", percentile(g, t, 99))));
        sameRows(r, want, List.of("bin(5m)"));
        ordered(r, "bin(5m)", true, false);
    }

    @Test
    void errorDistributionTop25() {
        QueryResult r = run("""
                fields @timestamp, metadata.model_id as model, error.error_type as err_type, error.error_code as err_code, error.root_cause_category as root_cause
                | filter log_type = "FM_CALL" and status != "SUCCESS"
                | stats count(*) as error_count by model, err_type, root_cause
                | sort error_count desc
                | limit 25
                """);
        var groups = groupBy(where(calls, c -> !ok(c)), c -> List.of(c.text("metadata.model_id"),
                c.text("error.error_type"), c.text("error.root_cause_category")));
        List<Integer> counts = groups.values().stream().map(List::size).sorted(Comparator.reverseOrder()).toList();
        assertThat(r.rows()).hasSize(Math.min(25, groups.size()));
        ordered(r, "error_count", true, true);
        assertThat(r.rows().stream().map(row -> Integer.parseInt(row.get(3).asText())).toList())
                .as("the 25 largest counts").isEqualTo(counts.subList(0, r.rows().size()));
        for (List<Value> row : r.rows()) {
            List<String> key = List.of(row.get(0).asText(), row.get(1).asText(), row.get(2).asText());
            assertThat(groups.get(key)).as("group %s", key).hasSize(Integer.parseInt(row.get(3).asText()));
        }
    }

    @Test
    void tokenUsagePerHourAndModel() {
        QueryResult r = run("""
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
                """);
        String in = "prompt_metrics.total_input_tokens";
        String out = "response_metrics.output_token_count";
        List<Map<String, Object>> want = new ArrayList<>();
        groupBy(calls, c -> List.of(bucket(c.ts(), H1), c.text("metadata.model_id"))).forEach((k, g) -> want.add(row(
                "bin(1h)", k.get(0), "model", k.get(1), "avg_input", avg(g, in), "max_input", max(g, in),
                "p95_input", percentile(g, in, 95), "avg_output", avg(g, out), "max_output", max(g, out),
                "total_input", sum(g, in), "total_output", sum(g, out), "calls", g.size())));
        sameRows(r, want, List.of("bin(1h)", "model"));
        ordered(r, "bin(1h)", true, false);
    }

    @Test
    void costAnalysisCountsCachedBooleansAsOnes() {
        QueryResult r = run("""
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
                """);
        List<Map<String, Object>> want = new ArrayList<>();
        groupBy(calls, c -> List.of(bucket(c.ts(), H1), c.text("metadata.model_id"))).forEach((k, g) -> want.add(row(
                "bin(1h)", k.get(0), "model", k.get(1), "total_spend", sum(g, "cost.total_cost_usd"),
                "total_savings", sum(g, "cost.cache_hit_savings_usd"), "call_count", g.size(),
                "avg_cost_per_call", avg(g, "cost.total_cost_usd"),
                "cache_hits", g.stream().filter(c -> c.json().get("cost").get("was_cached").asBoolean()).count())));
        sameRows(r, want, List.of("bin(1h)", "model"));
    }

    @Test
    void ragQualityPer30Minutes() {
        QueryResult r = run("""
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
                """);
        List<Map<String, Object>> want = new ArrayList<>();
        groupBy(where(recs, c -> c.is("log_type", "RAG_RETRIEVAL")), c -> bucket(c.ts(), M30)).forEach((k, g) ->
                want.add(row("bin(30m)", k, "mean_relevance", avg(g, "avg_relevance"),
                        "worst_relevance", min(g, "min_relevance"), "p50_latency", percentile(g, "query_latency_ms", 50),
                        "p99_latency", percentile(g, "query_latency_ms", 99), "avg_results", avg(g, "results_returned"),
                        "retrieval_count", g.size())));
        sameRows(r, want, List.of("bin(30m)"));
        ordered(r, "bin(30m)", true, false);
    }

    @Test
    void throttlePatterns() {
        QueryResult r = run("""
                fields @timestamp, metadata.model_id as model, error.retry_count as retries, latency.total_e2e_ms as total_ms
                | filter log_type = "FM_CALL" and status = "THROTTLED"
                | stats
                    count(*) as throttle_count,
                    avg(retries) as avg_retries,
                    max(retries) as max_retries,
                    avg(total_ms) as avg_total_latency
                  by bin(5m), model
                | sort throttle_count desc
                """);
        List<Map<String, Object>> want = new ArrayList<>();
        groupBy(where(calls, c -> c.is("status", "THROTTLED")), c -> List.of(bucket(c.ts(), M5),
                c.text("metadata.model_id"))).forEach((k, g) -> want.add(row("bin(5m)", k.get(0), "model", k.get(1),
                "throttle_count", g.size(), "avg_retries", avg(g, "error.retry_count"),
                "max_retries", max(g, "error.retry_count"), "avg_total_latency", avg(g, "latency.total_e2e_ms"))));
        sameRows(r, want, List.of("bin(5m)", "model"));
        ordered(r, "throttle_count", true, true);
    }

    @Test
    void slowRequestsOverTheSla() {
        QueryResult r = run("""
                fields @timestamp, metadata.request_id, metadata.session_id, metadata.model_id as model,
                       latency.total_e2e_ms as total_ms, latency.bedrock_invoke_ms as bedrock_ms,
                       latency.opensearch_query_ms as os_ms, latency.redis_cache_check_ms as redis_ms,
                       prompt_metrics.total_input_tokens as input_tokens
                | filter log_type = "FM_CALL" and latency.total_e2e_ms > 3000
                | sort total_ms desc
                | limit 50
                """);
        List<Rec> slow = where(calls, c -> c.number("latency.total_e2e_ms") > 3000).stream()
                .sorted(Comparator.comparingDouble((Rec c) -> c.number("latency.total_e2e_ms")).reversed())
                .limit(50).toList();
        List<Map<String, Object>> want = new ArrayList<>();
        for (Rec c : slow) {
            want.add(row("@timestamp", SeedRecords.shown(c.ts()), "metadata.request_id", c.text("metadata.request_id"),
                    "metadata.session_id", c.text("metadata.session_id"), "model", c.text("metadata.model_id"),
                    "total_ms", c.number("latency.total_e2e_ms"), "bedrock_ms", c.number("latency.bedrock_invoke_ms"),
                    "os_ms", c.number("latency.opensearch_query_ms"), "redis_ms", c.number("latency.redis_cache_check_ms"),
                    "input_tokens", c.number("prompt_metrics.total_input_tokens")));
        }
        sameRows(r, want, List.of("metadata.request_id"));
        ordered(r, "total_ms", true, true);
        assertThat(r.columns()).startsWith("@timestamp", "metadata.request_id", "metadata.session_id", "model");
    }
}
